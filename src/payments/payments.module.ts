import { DynamicModule, Inject, Module, OnModuleInit, type Provider } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DuplicatePayments } from './duplicate-payments.js';
import { FeeSchedule } from './fee-schedule.js';
import { PayerDirectory } from './payer-directory.js';
import { PaymentService } from './payment.service.js';
import { PaymentTexts } from './payment-texts.js';
import { PaymentTransitions } from './payment-transitions.js';
import { PaymentsResolver } from './payments.resolver.js';
import { ActivePaymentProvider, PAYMENT_PROVIDER } from './providers/active-payment-provider.js';
import { StripeProvider } from './providers/stripe-provider.js';
import { PaymentReceiptNotifier } from './receipts/payment-receipt-notifier.js';
import { ReceiptComposer } from './receipts/receipt-composer.js';
import { ReceiptController } from './receipts/receipt.controller.js';
import { ReceiptService } from './receipts/receipt.service.js';
import { RefundNotifier } from './refund-notifier.js';
import { RefundService } from './refund.service.js';
import { SandboxCheckoutController } from './sandbox/sandbox-checkout.controller.js';
import { SandboxCheckoutService } from './sandbox/sandbox-checkout.service.js';
import { SandboxEventSender } from './sandbox/sandbox-event-sender.js';
import { SandboxProvider } from './sandbox/sandbox-provider.js';
import { SandboxStore } from './sandbox/sandbox-store.js';
import { DEMO_SUBJECT_TYPE, demoPaymentSubject } from './subjects/demo-payment-subject.js';
import { PaymentSubjects } from './subjects/payment-subjects.js';
import { StripeWebhookController } from './webhooks/stripe-webhook.controller.js';
import { StripeWebhookService } from './webhooks/stripe-webhook.service.js';
import { IdentityModule } from '../identity/index.js';
import { IdentityVerificationModule } from '../identity-verification/index.js';
import { PaymentsPersonalData } from './payments-personal-data.js';

function providerFor(config: AppConfig): Provider[] {
  if (config.payments.stripe) return [{ provide: PAYMENT_PROVIDER, useValue: new StripeProvider(config.payments.stripe) }];
  if (config.payments.provider !== 'sandbox') return [];
  return [
    SandboxStore,
    SandboxEventSender,
    SandboxProvider,
    SandboxCheckoutService,
    { provide: PAYMENT_PROVIDER, useExisting: SandboxProvider },
  ];
}

/**
 * Fees: the schedule, checkout through Stripe or the local sandbox, webhooks, receipts, refunds.
 * Global so that every domain can register its payment subjects and listen to payment events.
 */
@Module({})
export class PaymentsModule implements OnModuleInit {
  static register(config: AppConfig): DynamicModule {
    return {
      module: PaymentsModule,
      global: true,
      imports: [IdentityModule, IdentityVerificationModule],
      controllers: [
        StripeWebhookController,
        ReceiptController,
        ...(config.payments.provider === 'sandbox' ? [SandboxCheckoutController] : []),
      ],
      providers: [
        PaymentsPersonalData,
        ...providerFor(config),
        ActivePaymentProvider,
        FeeSchedule,
        PaymentSubjects,
        PaymentTexts,
        PayerDirectory,
        DuplicatePayments,
        RefundNotifier,
        PaymentTransitions,
        PaymentService,
        RefundService,
        StripeWebhookService,
        ReceiptComposer,
        ReceiptService,
        PaymentReceiptNotifier,
        PaymentsResolver,
      ],
      exports: [FeeSchedule, PaymentSubjects, PaymentService],
    };
  }

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly subjects: PaymentSubjects,
  ) {}

  onModuleInit(): void {
    // Real money would change hands in production: the demo subject exists only elsewhere.
    if (!this.config.isProduction) this.subjects.register(DEMO_SUBJECT_TYPE, demoPaymentSubject);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { PaymentProviderName } from '../payment-provider-name.js';
import { PaymentsException } from '../payments.exception.js';
import type { CheckoutRequest, CheckoutState, CreatedCheckout, CreatedRefund, RefundRequest } from '../providers/payment-provider.js';
import { PaymentProvider } from '../providers/payment-provider.js';
import { checkoutStateOf } from '../providers/stripe-checkout-state.js';
import { SandboxEventSender } from './sandbox-event-sender.js';
import { SandboxStore } from './sandbox-store.js';
import { asStripeCheckoutSession } from './stripe-shape.js';

/** Where the sandbox's checkout page lives in the web client. */
export const sandboxCheckoutPath = (sessionId: string) => `/sandbox/checkout/${sessionId}`;

/**
 * A local stand-in for Stripe when no key is configured: nothing is charged. It keeps its own
 * checkout sessions, honours idempotency keys like Stripe, and reports outcomes only through
 * signed webhook events to the same endpoint Stripe uses.
 */
@Injectable()
export class SandboxProvider extends PaymentProvider {
  readonly name = PaymentProviderName.sandbox;
  readonly webhookSecret: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: SandboxStore,
    private readonly events: SandboxEventSender,
  ) {
    super();
    this.webhookSecret = config.payments.sandboxWebhookSecret;
  }

  async createCheckout(request: CheckoutRequest): Promise<CreatedCheckout> {
    const { idempotencyKey, ...params } = request;
    const session = await this.store.create({
      idempotencyKey,
      paramsHash: createHash('sha256').update(JSON.stringify(params)).digest('hex'),
      clientReferenceId: request.paymentId,
      amountTotal: request.amountCents,
      currency: request.currency,
      description: request.description.slice(0, 300),
      locale: request.locale,
      successUrl: request.successUrl,
      cancelUrl: request.cancelUrl,
    });
    // As Stripe answers an idempotency key reused with other parameters: an error, not a second session.
    if (!session) throw PaymentsException.providerError();
    return { sessionId: session.id, url: `${this.config.publicUrl}${sandboxCheckoutPath(session.id)}` };
  }

  async retrieveCheckout(sessionId: string): Promise<CheckoutState> {
    const session = await this.store.find(sessionId);
    if (!session) throw PaymentsException.providerError();
    return checkoutStateOf(asStripeCheckoutSession(session));
  }

  async refund(request: RefundRequest): Promise<CreatedRefund> {
    const refunded = await this.store.refund(request.paymentIntentId);
    if (!refunded) throw PaymentsException.providerError();
    if (refunded.created) this.events.sendLater('charge.refunded', refunded.session);
    return { refundId: refunded.session.refundId! };
  }
}

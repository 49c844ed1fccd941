import { Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { PaymentProviderName } from '../payment-provider-name.js';
import { PaymentsException } from '../payments.exception.js';
import type { CheckoutRequest, CheckoutState, CreatedCheckout, CreatedRefund, RefundRequest } from './payment-provider.js';
import { PaymentProvider } from './payment-provider.js';
import { checkoutStateOf } from './stripe-checkout-state.js';

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  /** Another API server, e.g. stripe-mock or a test double (`http://127.0.0.1:12111`). */
  apiUrl?: string;
}

/** SEPA direct debit exists only for euro payments. */
const methodsFor = (currency: string): Stripe.Checkout.SessionCreateParams.PaymentMethodType[] =>
  currency.toUpperCase() === 'EUR' ? ['card', 'sepa_debit'] : ['card'];

const CHECKOUT_LOCALES = new Set(['de', 'en', 'fr', 'it', 'es', 'nl', 'pl', 'tr']);

/** Payments through Stripe Checkout. */
export class StripeProvider extends PaymentProvider {
  readonly name = PaymentProviderName.stripe;
  readonly webhookSecret: string;
  private readonly stripe: Stripe;
  private readonly logger = new Logger('Stripe');

  constructor(settings: StripeSettings) {
    super();
    this.webhookSecret = settings.webhookSecret;
    const api = settings.apiUrl ? new URL(settings.apiUrl) : undefined;
    this.stripe = new Stripe(settings.secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
      ...(api ? { host: api.hostname, port: api.port || undefined, protocol: api.protocol.replace(':', '') as Stripe.HttpProtocol } : {}),
    });
  }

  async createCheckout(request: CheckoutRequest): Promise<CreatedCheckout> {
    const session = await this.call(() =>
      this.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: request.currency.toLowerCase(),
                unit_amount: request.amountCents,
                product_data: { name: request.description },
              },
            },
          ],
          payment_method_types: methodsFor(request.currency),
          customer_email: request.customerEmail,
          locale: (CHECKOUT_LOCALES.has(request.locale) ? request.locale : 'auto') as Stripe.Checkout.SessionCreateParams.Locale,
          client_reference_id: request.paymentId,
          metadata: { paymentId: request.paymentId },
          payment_intent_data: { metadata: { paymentId: request.paymentId } },
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    if (!session.url) throw PaymentsException.providerError();
    return { sessionId: session.id, url: session.url };
  }

  async retrieveCheckout(sessionId: string): Promise<CheckoutState> {
    const session = await this.call(() => this.stripe.checkout.sessions.retrieve(sessionId, { expand: ['payment_intent.latest_charge'] }));
    return checkoutStateOf(session);
  }

  async refund(request: RefundRequest): Promise<CreatedRefund> {
    const refund = await this.call(() =>
      this.stripe.refunds.create(
        {
          payment_intent: request.paymentIntentId,
          amount: request.amountCents,
          reason: 'requested_by_customer',
          metadata: { reason: request.reason.slice(0, 500) },
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return { refundId: refund.id };
  }

  /** Stripe's errors carry details for the log, not for the payer. */
  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeError)) throw error;
      this.logger.error({ err: error, type: error.type, code: error.code, requestId: error.requestId }, 'Stripe request failed');
      throw PaymentsException.providerError();
    }
  }
}

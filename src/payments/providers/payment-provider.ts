import type { PaymentProviderName } from '../payment-provider-name.js';

export interface CheckoutRequest {
  paymentId: string;
  amountCents: number;
  currency: string;
  /** What the payer sees on the checkout page, in their language. */
  description: string;
  customerEmail: string;
  locale: string;
  successUrl: string;
  cancelUrl: string;
  /** Passed on to the provider, so a retried create returns the same checkout session. */
  idempotencyKey: string;
}

export interface CreatedCheckout {
  sessionId: string;
  url: string;
}

/** The provider's own view of a checkout session, re-read before any webhook is acted on. */
export type CheckoutOutcome = 'open' | 'processing' | 'paid' | 'failed' | 'expired' | 'refunded';

export interface CheckoutState {
  sessionId: string;
  outcome: CheckoutOutcome;
  paymentIntentId: string | null;
  amountCents: number;
  currency: string;
  failureReason: string | null;
}

export interface RefundRequest {
  sessionId: string;
  paymentIntentId: string;
  amountCents: number;
  reason: string;
  idempotencyKey: string;
}

export interface CreatedRefund {
  refundId: string;
}

/** Where payments are made: Stripe, or the local sandbox. Chosen by configuration. */
export abstract class PaymentProvider {
  abstract readonly name: PaymentProviderName;
  /** The secret the webhook endpoint verifies this provider's events with. */
  abstract readonly webhookSecret: string;
  abstract createCheckout(request: CheckoutRequest): Promise<CreatedCheckout>;
  abstract retrieveCheckout(sessionId: string): Promise<CheckoutState>;
  abstract refund(request: RefundRequest): Promise<CreatedRefund>;
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, type EntityManager } from 'typeorm';
import { Payment } from '../payment.entity.js';
import { PaymentEvent } from '../payment-event.entity.js';
import { PaymentStatus } from '../payment-status.js';
import { PaymentTransitions } from '../payment-transitions.js';
import { PaymentsException } from '../payments.exception.js';
import { ActivePaymentProvider } from '../providers/active-payment-provider.js';
import type { CheckoutOutcome, CheckoutState } from '../providers/payment-provider.js';

/** Signatures older than this are refused, so a captured delivery cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const STATUS_OF: Record<CheckoutOutcome, PaymentStatus> = {
  open: PaymentStatus.pending,
  processing: PaymentStatus.pending,
  paid: PaymentStatus.succeeded,
  failed: PaymentStatus.failed,
  expired: PaymentStatus.canceled,
  refunded: PaymentStatus.refunded,
};

export interface WebhookReceipt {
  received: true;
  duplicate?: true;
  outcome: string;
}

/**
 * Stripe's (and the sandbox's) webhook events: verified over the raw body, recorded once per
 * event id, and acted on only after re-reading the checkout session from the provider, so the
 * order and repetition of deliveries does not matter.
 */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger('PaymentWebhooks');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly provider: ActivePaymentProvider,
    private readonly transitions: PaymentTransitions,
  ) {}

  async receive(rawBody: Buffer | undefined, signature: string | string[] | undefined): Promise<WebhookReceipt> {
    const event = this.verify(rawBody, signature);
    if (await this.dataSource.manager.existsBy(PaymentEvent, { eventId: event.id }))
      return { received: true, duplicate: true, outcome: 'duplicate' };
    const payment = await this.paymentOf(event);
    const state = payment?.checkoutSessionId ? await this.provider.get(payment.provider).retrieveCheckout(payment.checkoutSessionId) : null;
    return this.dataSource.transaction(async (manager) => {
      const recorded: unknown[] = await manager.query(
        'INSERT INTO payment_events (event_id, type, payment_id, outcome) VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO NOTHING RETURNING event_id',
        [event.id, event.type.slice(0, 100), payment?.id ?? null, 'ignored'],
      );
      if (recorded.length === 0) return { received: true, duplicate: true, outcome: 'duplicate' } as const;
      if (!payment || !state) return { received: true, outcome: 'ignored' } as const;
      const outcome = await this.apply(manager, payment.id, state);
      await manager.update(PaymentEvent, { eventId: event.id }, { outcome });
      return { received: true, outcome } as const;
    });
  }

  private verify(rawBody: Buffer | undefined, signature: string | string[] | undefined): Stripe.Event {
    if (!rawBody || typeof signature !== 'string' || !this.provider.name) throw PaymentsException.invalidSignature();
    try {
      return Stripe.webhooks.constructEvent(rawBody, signature, this.provider.get().webhookSecret, SIGNATURE_TOLERANCE_SECONDS);
    } catch (error) {
      this.logger.warn(`webhook refused: ${(error as Error).message}`);
      throw PaymentsException.invalidSignature();
    }
  }

  /** The payment an event is about: by checkout session, or by payment intent for charges. */
  private async paymentOf(event: Stripe.Event): Promise<Payment | null> {
    const object = event.data.object as { object?: string; id?: string; payment_intent?: string | { id: string } | null };
    if (object.object === 'checkout.session' && object.id) {
      return this.dataSource.manager.findOneBy(Payment, { checkoutSessionId: object.id });
    }
    if (object.object === 'charge' && object.payment_intent) {
      const paymentIntentId = typeof object.payment_intent === 'string' ? object.payment_intent : object.payment_intent.id;
      return this.dataSource.manager.findOneBy(Payment, { paymentIntentId });
    }
    return null;
  }

  private async apply(manager: EntityManager, paymentId: string, state: CheckoutState): Promise<string> {
    const payment = await manager.findOneOrFail(Payment, { where: { id: paymentId }, lock: { mode: 'pessimistic_write' } });
    if (state.amountCents !== payment.amountCents || state.currency !== payment.currency) {
      this.logger.error(
        `checkout ${state.sessionId} reports ${state.amountCents} ${state.currency}, payment ${payment.id} expects ${payment.amountCents} ${payment.currency}; not applied`,
      );
      return 'amount_mismatch';
    }
    const status = STATUS_OF[state.outcome];
    const moved = await this.transitions.apply(manager, payment, status, {
      paymentIntentId: state.paymentIntentId,
      failureReason: state.failureReason,
    });
    return moved ? `applied:${status}` : 'unchanged';
  }
}

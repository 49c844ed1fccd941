import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClusterEvents } from '../common/cluster-events/index.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { DuplicatePayments } from './duplicate-payments.js';
import { Payment } from './payment.entity.js';
import { paymentEventFor } from './payment-events.js';
import { PAYMENT_CHANGED, type PaymentChanged } from './payment-live.js';
import { isForwardTransition, PaymentStatus } from './payment-status.js';
import { RefundNotifier } from './refund-notifier.js';

export interface TransitionDetails {
  paymentIntentId?: string | null;
  failureReason?: string | null;
}

/** The one place a payment's status changes; the event goes out in the same transaction. */
@Injectable()
export class PaymentTransitions {
  constructor(
    private readonly events: DomainEvents,
    private readonly duplicates: DuplicatePayments,
    private readonly refundNotifier: RefundNotifier,
    private readonly cluster: ClusterEvents,
  ) {}

  /** Moves a payment the caller has locked forward to `status`; false when that would go backwards. */
  async apply(manager: EntityManager, payment: Payment, status: PaymentStatus, details: TransitionDetails = {}): Promise<boolean> {
    if (!isForwardTransition(payment.status, status)) return false;
    // A subject already paid by another payment: this one is recorded and refunded (duplicate-payments.ts).
    if (status === PaymentStatus.succeeded) await this.duplicates.beforeSuccess(manager, payment);
    const now = new Date();
    const changes: Partial<Payment> = { status };
    if (status === PaymentStatus.succeeded) changes.paidAt = now;
    if (status === PaymentStatus.refunded) changes.refundedAt = now;
    if (status === PaymentStatus.failed) changes.failureReason = (details.failureReason ?? 'payment_failed').slice(0, 200);
    if (details.paymentIntentId && !payment.paymentIntentId) changes.paymentIntentId = details.paymentIntentId;
    await manager.update(Payment, { id: payment.id }, changes);
    Object.assign(payment, changes);
    // The payer's open pay step learns it live (e.g. the provider's confirmation after the checkout).
    const changed: PaymentChanged = { paymentId: payment.id, payerAccountId: payment.payerAccountId };
    await this.cluster.publishOnCommit(manager, PAYMENT_CHANGED, { ...changed });
    // The payer hears of a refund in the transaction that records it.
    if (status === PaymentStatus.refunded) await this.refundNotifier.notify(manager, payment);
    const event = paymentEventFor(status);
    if (event) {
      await this.events.publish(manager, event, {
        paymentId: payment.id,
        purpose: payment.purpose,
        subjectType: payment.subjectType,
        subjectId: payment.subjectId,
        payerAccountId: payment.payerAccountId,
        amountCents: payment.amountCents,
        currency: payment.currency,
        status,
      });
    }
    return true;
  }
}

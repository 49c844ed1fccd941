import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents } from '../common/events/domain-events.js';
import { Payment } from './payment.entity.js';
import { paymentEventName, type PaymentEventPayload } from './payment-events.js';
import { isForwardTransition, PaymentStatus } from './payment-status.js';

export interface TransitionDetails {
  paymentIntentId?: string | null;
  failureReason?: string | null;
}

/** The one place a payment's status changes; the event goes out in the same transaction. */
@Injectable()
export class PaymentTransitions {
  constructor(private readonly events: DomainEvents) {}

  /** Moves a payment the caller has locked forward to `status`; false when that would go backwards. */
  async apply(manager: EntityManager, payment: Payment, status: PaymentStatus, details: TransitionDetails = {}): Promise<boolean> {
    if (!isForwardTransition(payment.status, status)) return false;
    const now = new Date();
    const changes: Partial<Payment> = { status };
    if (status === PaymentStatus.succeeded) changes.paidAt = now;
    if (status === PaymentStatus.refunded) changes.refundedAt = now;
    if (status === PaymentStatus.failed) changes.failureReason = (details.failureReason ?? 'payment_failed').slice(0, 200);
    if (details.paymentIntentId && !payment.paymentIntentId) changes.paymentIntentId = details.paymentIntentId;
    await manager.update(Payment, { id: payment.id }, changes);
    Object.assign(payment, changes);
    await this.events.publish<PaymentEventPayload>(manager, paymentEventName(status), {
      paymentId: payment.id,
      purpose: payment.purpose,
      subjectType: payment.subjectType,
      subjectId: payment.subjectId,
      payerAccountId: payment.payerAccountId,
      amountCents: payment.amountCents,
      currency: payment.currency,
      status,
    });
    return true;
  }
}

import { domainEvent, type DomainEvent } from '../common/events/domain-event.js';
import type { PaymentPurpose } from './payment-purpose.js';
import { PaymentStatus } from './payment-status.js';

/** Payload of every payment event: the payment as it is after the change. */
export interface PaymentEventPayload {
  paymentId: string;
  purpose: PaymentPurpose;
  subjectType: string;
  subjectId: string;
  payerAccountId: string;
  amountCents: number;
  currency: string;
  status: PaymentStatus;
}

/**
 * Published in the transaction that changes a payment's status and delivered after commit
 * (src/common/events): `payment.succeeded`, `payment.failed`, `payment.canceled`, `payment.refunded`.
 * The domain that asked for the payment subscribes and acts on its own subject.
 */
export const PAYMENT_SUCCEEDED = domainEvent<PaymentEventPayload>('payment.succeeded');
export const PAYMENT_FAILED = domainEvent<PaymentEventPayload>('payment.failed');
export const PAYMENT_CANCELED = domainEvent<PaymentEventPayload>('payment.canceled');
export const PAYMENT_REFUNDED = domainEvent<PaymentEventPayload>('payment.refunded');

const BY_STATUS: Partial<Record<PaymentStatus, DomainEvent<PaymentEventPayload>>> = {
  [PaymentStatus.succeeded]: PAYMENT_SUCCEEDED,
  [PaymentStatus.failed]: PAYMENT_FAILED,
  [PaymentStatus.canceled]: PAYMENT_CANCELED,
  [PaymentStatus.refunded]: PAYMENT_REFUNDED,
};

/** The event announcing that a payment reached `status`; null for `pending` (a payment never moves back to it). */
export function paymentEventFor(status: PaymentStatus): DomainEvent<PaymentEventPayload> | null {
  return BY_STATUS[status] ?? null;
}

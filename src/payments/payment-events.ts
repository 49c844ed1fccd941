import type { PaymentPurpose } from './payment-purpose.js';
import type { PaymentStatus } from './payment-status.js';

/**
 * Published in the transaction that changes a payment's status and delivered after commit
 * (src/common/events): `payment.succeeded`, `payment.failed`, `payment.canceled`, `payment.refunded`.
 * The domain that asked for the payment subscribes and acts on its own subject.
 */
export const paymentEventName = (status: PaymentStatus) => `payment.${status}`;

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

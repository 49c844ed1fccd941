import type { ClusterEventPayload } from '../common/cluster-events/index.js';

/** Cluster channel: a payment's status changed (confirmed, failed, cancelled, refunded). Ids only. */
export const PAYMENT_CHANGED = 'payments.changed';

export interface PaymentChanged {
  paymentId: string;
  /** The payer: the only account whose open pages hear of it. */
  payerAccountId: string;
}

export function isPaymentChanged(payload: ClusterEventPayload): payload is ClusterEventPayload & PaymentChanged {
  return typeof payload.paymentId === 'string' && typeof payload.payerAccountId === 'string';
}

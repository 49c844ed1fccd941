import { registerEnumType } from '@nestjs/graphql';

export enum PaymentStatus {
  pending = 'pending',
  succeeded = 'succeeded',
  failed = 'failed',
  canceled = 'canceled',
  refunded = 'refunded',
}

registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

/**
 * Statuses only move forward, so a late or repeated webhook can never undo a later state.
 * Money received outranks a failure or cancellation recorded before it, and a refund outranks
 * everything: the provider's re-read state is the truth, even when events were missed.
 */
const RANK: Record<PaymentStatus, number> = {
  [PaymentStatus.pending]: 0,
  [PaymentStatus.failed]: 1,
  [PaymentStatus.canceled]: 1,
  [PaymentStatus.succeeded]: 2,
  [PaymentStatus.refunded]: 3,
};

export function isForwardTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return RANK[to] > RANK[from];
}

/** A purpose counts as paid while a payment for it has succeeded and was not refunded. */
export const isPaid = (status: PaymentStatus) => status === PaymentStatus.succeeded;

import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * The payment's id, derived from payer and idempotency key: a retry after a rolled-back attempt
 * sends the provider exactly the same parameters, so the provider's own idempotency returns the
 * checkout it already made instead of refusing or creating a second one.
 */
export function paymentIdFor(payerAccountId: string, idempotencyKey: string): string {
  const bytes = sha256(`payment\n${payerAccountId}\n${idempotencyKey}`).subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8: application-defined
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What an idempotency key is bound to: the same key with other input is refused. */
export function requestHashOf(input: { purpose: string; subjectType: string; subjectId: string }): string {
  return sha256(JSON.stringify([input.purpose, input.subjectType, input.subjectId])).toString('hex');
}

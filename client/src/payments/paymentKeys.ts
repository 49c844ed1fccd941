import type { PaymentSubject } from './operations';

const PREFIX = 'bochum-eresidency.payment-key';
const keyOf = (subject: PaymentSubject) => `${PREFIX}:${subject.purpose}:${subject.subjectType}:${subject.subjectId}`;

/** Kept only in memory when storage is blocked (privacy settings): retries in this page still match. */
const fallback = new Map<string, string>();

/**
 * The idempotency key of the current payment attempt for one subject, kept in sessionStorage:
 * a double click, a reload or a retry after a network error sends the same key and gets the
 * same payment. A new attempt (after a failure or cancellation) gets a new key.
 */
export const paymentKeys = {
  current(subject: PaymentSubject): string {
    const name = keyOf(subject);
    let key: string | null;
    try {
      key = window.sessionStorage.getItem(name);
    } catch {
      key = fallback.get(name) ?? null;
    }
    if (key) return key;
    return this.renew(subject);
  },

  renew(subject: PaymentSubject): string {
    const name = keyOf(subject);
    const key = crypto.randomUUID();
    fallback.set(name, key);
    try {
      window.sessionStorage.setItem(name, key);
    } catch {
      // storage blocked: the in-memory key serves this page
    }
    return key;
  },
};

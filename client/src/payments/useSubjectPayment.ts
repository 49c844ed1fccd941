import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router-dom';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { MY_PAYMENT_FOR, PAYMENT_BY_ID, PAYMENT_CHANGED } from './operations';
import type { Payment, PaymentSubject } from './operations';

/** While live updates are down and a confirmation is awaited: read the payment again this often. */
const FALLBACK_POLL_MS = 2_000;

export type CheckoutResult = 'success' | 'canceled' | null;

const sameSubject = (payment: Payment, subject: PaymentSubject) =>
  payment.purpose === subject.purpose && payment.subjectType === subject.subjectType && payment.subjectId === subject.subjectId;

/**
 * The payment a pay step shows: a paid one always wins; otherwise the one the checkout just
 * returned from (`?payment=…&result=…`), else the latest attempt. While a returned payment
 * waits for the provider's confirmation, the page listens for it (paymentChanged).
 */
export function useSubjectPayment(subject: PaymentSubject) {
  const [params] = useSearchParams();
  const returnedId = params.get('payment');
  const result = (params.get('result') as CheckoutResult) ?? null;
  const latest = useQuery(MY_PAYMENT_FOR, { variables: subject, fetchPolicy: 'network-only' });
  const returned = useQuery(PAYMENT_BY_ID, { variables: { id: returnedId ?? '' }, skip: !returnedId, fetchPolicy: 'network-only' });

  const returnedPayment = returned.data?.payment && sameSubject(returned.data.payment, subject) ? returned.data.payment : null;
  const latestPayment = latest.data?.myPaymentFor ?? null;
  const payment = latestPayment?.status === 'succeeded' ? latestPayment : (returnedPayment ?? latestPayment);
  const awaitingConfirmation = result === 'success' && returnedPayment?.status === 'pending';

  // The provider's confirmation arrives live (the payment is normalised in the cache, so both queries see it).
  useLiveUpdates(PAYMENT_CHANGED, { variables: { id: returnedId ?? '' }, skip: !awaitingConfirmation }, returned, FALLBACK_POLL_MS);

  return {
    payment,
    /** How the person came back from the checkout page, for the payment shown. */
    result: returnedPayment && payment?.id === returnedPayment.id ? result : null,
    loading: latest.loading || returned.loading,
    refetch: () => Promise.all([latest.refetch(), returnedId ? returned.refetch() : undefined]),
  };
}

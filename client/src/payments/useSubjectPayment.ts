import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { MY_PAYMENT_FOR, PAYMENT_BY_ID } from './operations';
import type { Payment, PaymentSubject } from './operations';

const POLL_MS = 1_000;
const POLL_FOR_MS = 30_000;

export type CheckoutResult = 'success' | 'canceled' | null;

const sameSubject = (payment: Payment, subject: PaymentSubject) =>
  payment.purpose === subject.purpose && payment.subjectType === subject.subjectType && payment.subjectId === subject.subjectId;

/**
 * The payment a pay step shows: a paid one always wins; otherwise the one the checkout just
 * returned from (`?payment=…&result=…`), else the latest attempt. While a returned payment
 * waits for the provider's confirmation, it is polled for a while.
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

  const { startPolling, stopPolling } = returned;
  useEffect(() => {
    if (!awaitingConfirmation) return undefined;
    startPolling(POLL_MS);
    const giveUp = setTimeout(stopPolling, POLL_FOR_MS);
    return () => {
      clearTimeout(giveUp);
      stopPolling();
    };
  }, [awaitingConfirmation, startPolling, stopPolling]);

  return {
    payment,
    /** How the person came back from the checkout page, for the payment shown. */
    result: returnedPayment && payment?.id === returnedPayment.id ? result : null,
    loading: latest.loading || returned.loading,
    refetch: () => Promise.all([latest.refetch(), returnedId ? returned.refetch() : undefined]),
  };
}

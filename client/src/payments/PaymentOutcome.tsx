import { useTranslation } from 'react-i18next';
import { Alert } from '../components/Alert';
import { SuccessPanel } from '../components/SuccessPanel';
import { formatMoney } from './formatMoney';
import { ReceiptButton } from './ReceiptButton';
import type { Payment } from './operations';
import type { CheckoutResult } from './useSubjectPayment';
import { ltrText } from '../components/Ltr';

/** What became of a payment, in words; every state that is not "paid" says that the fee is unpaid. */
export function PaymentOutcome({ payment, result }: { payment: Payment; result: CheckoutResult }) {
  const { t, i18n } = useTranslation('payments');
  const amount = formatMoney(payment.amountCents, payment.currency, i18n.language);
  const message = <p className="kern-body">{payment.statusMessage}</p>;

  switch (payment.status) {
    case 'succeeded':
      return (
        <SuccessPanel title={t('payStep.paidTitle')}>
          <p className="kern-body" data-testid="payment-paid">
            {t('payStep.paidBody', { amount, reference: ltrText(payment.reference) })}
          </p>
          <ReceiptButton payment={payment} />
        </SuccessPanel>
      );
    case 'failed':
      return (
        <Alert variant="danger" role="alert" title={t('payStep.failedTitle')} testId="payment-failed" focusOnShow={payment.id}>
          {message}
        </Alert>
      );
    case 'canceled':
      return (
        <Alert variant="warning" role="alert" title={t('payStep.canceledTitle')} testId="payment-canceled" focusOnShow={payment.id}>
          {message}
        </Alert>
      );
    case 'refunded':
      return (
        <Alert variant="info" role="status" title={t('payStep.refundedTitle')} testId="payment-refunded">
          {message}
        </Alert>
      );
    case 'pending':
      if (result === 'success') {
        return (
          <Alert variant="info" role="status" title={t('payStep.pendingTitle')} testId="payment-pending">
            <p className="kern-body">{t('payStep.pendingBody')}</p>
          </Alert>
        );
      }
      if (result === 'canceled') {
        return (
          <Alert
            variant="warning"
            role="alert"
            title={t('payStep.notCompletedTitle')}
            testId="payment-not-completed"
            focusOnShow={payment.id}
          >
            <p className="kern-body">{t('payStep.notCompletedBody')}</p>
          </Alert>
        );
      }
      return null;
  }
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MY_PAYMENTS } from './operations';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatDate } from '../utils/formatDate';
import { formatMoney } from './formatMoney';
import { PaymentStatusBadge } from './PaymentStatusBadge';
import { ReceiptButton } from './ReceiptButton';
import './payments.css';
import { Ltr } from '../components/Ltr';
import { GermanBindingNotice } from '../components/GermanBindingNotice';

const PAGE_SIZE = 20;

/** The signed-in person's payments, newest first, each with its receipt once paid. */
export function ReceiptsPage() {
  const { t, i18n } = useTranslation('payments');
  usePageTitle(t('receipts.title'));
  const { data, loading, error, fetchMore } = useQuery(MY_PAYMENTS, {
    variables: { page: { first: PAGE_SIZE } },
    fetchPolicy: 'network-only',
  });
  const payments = data?.myPayments.nodes ?? [];
  const pageInfo = data?.myPayments.pageInfo;

  const loadMore = () =>
    fetchMore({
      variables: { page: { first: PAGE_SIZE, after: pageInfo?.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        myPayments: { ...fetchMoreResult.myPayments, nodes: [...previous.myPayments.nodes, ...fetchMoreResult.myPayments.nodes] },
      }),
    });

  return (
    <div className="narrow stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('receipts.title')}</h1>
        <p className="kern-body">{t('receipts.intro')}</p>
      </div>
      <GermanBindingNotice />
      {loading && !data && <LoadingIndicator />}
      {error && <ErrorAlert error={toAppError(error)} />}
      {data && payments.length === 0 && (
        <p className="kern-body" data-testid="receipts-empty">
          {t('receipts.empty')}
        </p>
      )}
      {payments.length > 0 && (
        <ul className="receipt-list" data-testid="receipts">
          {payments.map((payment) => (
            <li key={payment.id} className="receipt-list__item stack" data-testid="receipt-row" data-payment-id={payment.id}>
              <div className="pay-step__fee">
                <strong className="kern-body">{t(`purpose.${payment.purpose}`)}</strong>
                <PaymentStatusBadge status={payment.status} />
                {payment.testPayment && (
                  <span className="kern-badge kern-badge--info">
                    <span className="kern-label">{t('receipts.testPayment')}</span>
                  </span>
                )}
              </div>
              <dl className="kern-description-list">
                <div className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{t('receipts.amount')}</dt>
                  <dd className="kern-description-list-item__value" data-testid="receipt-amount">
                    {formatMoney(payment.amountCents, payment.currency, i18n.language)}
                  </dd>
                </div>
                <div className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{t('receipts.date')}</dt>
                  <dd className="kern-description-list-item__value">
                    <time dateTime={payment.paidAt ?? payment.createdAt}>
                      {formatDate(payment.paidAt ?? payment.createdAt, i18n.language)}
                    </time>
                  </dd>
                </div>
                <div className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{t('receipts.reference')}</dt>
                  <dd className="kern-description-list-item__value">
                    <Ltr>{payment.reference}</Ltr>
                  </dd>
                </div>
              </dl>
              <p className="kern-body kern-body--small">{payment.statusMessage}</p>
              <ReceiptButton payment={payment} />
            </li>
          ))}
        </ul>
      )}
      {pageInfo?.hasNextPage && (
        <div>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void loadMore()} data-testid="load-more">
            <span className="kern-label">{t('receipts.loadMore')}</span>
          </button>
        </div>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/account">
          {t('receipts.backToAccount')}
        </Link>
      </p>
    </div>
  );
}

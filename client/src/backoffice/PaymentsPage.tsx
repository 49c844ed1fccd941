import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { formatMoney } from '../payments/formatMoney';
import type { PaymentPurpose, PaymentStatus } from '../payments/operations';
import { PaymentStatusBadge } from '../payments/PaymentStatusBadge';
import { REFUND_PAYMENT, STAFF_PAYMENT, STAFF_PAYMENTS, type PaymentSearchInput, type StaffPayment } from '../payments/staffOperations';
import { formatDate } from '../utils/formatDate';

const PAGE_SIZE = 25;
const PURPOSES: PaymentPurpose[] = ['citizen_card', 'trade_registration', 'business_address'];
const STATUSES: PaymentStatus[] = ['pending', 'succeeded', 'failed', 'canceled', 'refunded'];

/** Staff: payments of their office's purposes — search by reference, payer e-mail, purpose, status and date. */
export function PaymentsPage() {
  const { t, i18n } = useTranslation('payments');
  const [text, setText] = useState('');
  const [purpose, setPurpose] = useState('');
  const [status, setStatus] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [search, setSearch] = useState<PaymentSearchInput>({});
  const { data, loading, error, fetchMore } = useQuery(STAFF_PAYMENTS, {
    variables: { search, page: { first: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const payments = data?.staffPayments.nodes ?? [];
  const pageInfo = data?.staffPayments.pageInfo;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(purpose ? { purpose: purpose as PaymentPurpose } : {}),
      ...(status ? { status: status as PaymentStatus } : {}),
      ...(from ? { createdFrom: new Date(from).toISOString() } : {}),
      ...(to ? { createdBefore: new Date(to).toISOString() } : {}),
    });
  };
  const loadMore = () =>
    fetchMore({
      variables: { search, page: { first: PAGE_SIZE, after: pageInfo?.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        staffPayments: {
          ...fetchMoreResult.staffPayments,
          nodes: [...previous.staffPayments.nodes, ...fetchMoreResult.staffPayments.nodes],
        },
      }),
    });

  return (
    <div className="stack" data-testid="staff-payments">
      <h1 className="kern-heading-large">{t('staff.title')}</h1>
      <p className="kern-body">{t('staff.intro')}</p>
      <form className="stack" onSubmit={submit} role="search">
        <TextField name="text" label={t('staff.search.text')} value={text} onChange={setText} />
        <SelectField
          name="purpose"
          label={t('staff.search.purpose')}
          value={purpose}
          onChange={setPurpose}
          options={[{ value: '', label: t('staff.search.any') }, ...PURPOSES.map((value) => ({ value, label: t(`purpose.${value}`) }))]}
        />
        <SelectField
          name="status"
          label={t('staff.search.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t('staff.search.any') },
            ...STATUSES.map((value) => ({ value, label: t(`status.${value}.label`) })),
          ]}
        />
        <TextField name="from" type="date" label={t('staff.search.from')} value={from} onChange={setFrom} />
        <TextField name="to" type="date" label={t('staff.search.to')} value={to} onChange={setTo} />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('staff.search.submit')}</span>
        </button>
      </form>
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {data && payments.length === 0 && <p className="kern-body">{t('staff.empty')}</p>}
      {payments.length > 0 && (
        <table className="kern-table">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              {(['reference', 'purpose', 'amount', 'status', 'payer', 'createdAt'] as const).map((column) => (
                <th key={column} className="kern-table__header" scope="col">
                  {t(`staff.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {payments.map((payment: StaffPayment) => (
              <tr key={payment.id} className="kern-table__row">
                <td className="kern-table__cell">
                  <Link className="kern-link" to={`/staff/payments/${payment.id}`}>
                    {payment.reference}
                  </Link>
                </td>
                <td className="kern-table__cell">{t(`purpose.${payment.purpose}`)}</td>
                <td className="kern-table__cell">{formatMoney(payment.amountCents, payment.currency, i18n.language)}</td>
                <td className="kern-table__cell">
                  <PaymentStatusBadge status={payment.status} />
                </td>
                <td className="kern-table__cell">{payment.payerEmail}</td>
                <td className="kern-table__cell">{formatDate(payment.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pageInfo?.hasNextPage && (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void loadMore()}>
          <span className="kern-label">{t('staff.more')}</span>
        </button>
      )}
    </div>
  );
}

/** Staff: one payment, and its refund with a reason and a confirmation step. */
export function PaymentDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('payments');
  const { data, loading, error } = useQuery(STAFF_PAYMENT, { variables: { id } });
  const [refund, refundState] = useMutation(REFUND_PAYMENT);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const payment = data?.payment;
  if (loading && !payment) return <LoadingIndicator />;
  if (error || !payment) return error ? <ErrorAlert error={toAppError(error)} /> : null;
  const amount = formatMoney(payment.amountCents, payment.currency, i18n.language);
  const requested = !!payment.refundRequestedAt;

  const confirm = async () => {
    await refund({ variables: { input: { paymentId: payment.id, reason: reason.trim(), idempotencyKey } } }).catch(() => undefined);
    setConfirming(false);
  };

  return (
    <div className="stack" data-testid="staff-payment">
      <Link className="kern-link" to="/staff/payments">
        {t('staff.back')}
      </Link>
      <h1 className="kern-heading-large">{t('staff.detail.title', { reference: payment.reference })}</h1>
      <dl className="kern-description-list">
        <dt>{t('staff.columns.purpose')}</dt>
        <dd>{t(`purpose.${payment.purpose}`)}</dd>
        <dt>{t('staff.columns.amount')}</dt>
        <dd>{amount}</dd>
        <dt>{t('staff.columns.status')}</dt>
        <dd>
          <PaymentStatusBadge status={payment.status} /> {payment.statusMessage}
        </dd>
        <dt>{t('staff.columns.payer')}</dt>
        <dd>{payment.payerEmail}</dd>
        <dt>{t('staff.columns.createdAt')}</dt>
        <dd>{formatDate(payment.createdAt, i18n.language)}</dd>
        {payment.paidAt && (
          <>
            <dt>{t('staff.detail.paidAt')}</dt>
            <dd>{formatDate(payment.paidAt, i18n.language)}</dd>
          </>
        )}
        {payment.refundRequestedAt && (
          <>
            <dt>{t('staff.detail.refundRequestedAt')}</dt>
            <dd>{formatDate(payment.refundRequestedAt, i18n.language)}</dd>
          </>
        )}
        {payment.refundedAt && (
          <>
            <dt>{t('staff.detail.refundedAt')}</dt>
            <dd>{formatDate(payment.refundedAt, i18n.language)}</dd>
          </>
        )}
        {payment.refundReason && (
          <>
            <dt>{t('staff.detail.refundReason')}</dt>
            <dd>{payment.refundReason}</dd>
          </>
        )}
      </dl>
      <section className="stack" aria-labelledby="refund-heading">
        <h2 id="refund-heading" className="kern-heading-medium">
          {t('staff.refund.title')}
        </h2>
        {refundState.error && <ErrorAlert error={toAppError(refundState.error)} />}
        {requested ? (
          <p className="kern-body" role="status">
            {t('staff.refund.requested')}
          </p>
        ) : payment.status !== 'succeeded' ? (
          <p className="kern-body">{t('staff.refund.notRefundable')}</p>
        ) : confirming ? (
          <div className="stack" role="alertdialog" aria-labelledby="refund-confirm">
            <p id="refund-confirm" className="kern-body">
              {t('staff.refund.confirm', { amount, payer: payment.payerEmail ?? '' })}
            </p>
            <button type="button" className="kern-btn kern-btn--primary" disabled={refundState.loading} onClick={() => void confirm()}>
              <span className="kern-label">{t('staff.refund.confirmYes')}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setConfirming(false)}>
              <span className="kern-label">{t('staff.refund.cancel')}</span>
            </button>
          </div>
        ) : (
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim().length >= 3) setConfirming(true);
            }}
          >
            <p className="kern-body">{t('staff.refund.full')}</p>
            <TextAreaField name="reason" label={t('staff.refund.reason')} value={reason} onChange={setReason} maxLength={500} />
            <button type="submit" className="kern-btn kern-btn--primary" disabled={reason.trim().length < 3}>
              <span className="kern-label">{t('staff.refund.submit')}</span>
            </button>
          </form>
        )}
      </section>
    </div>
  );
}

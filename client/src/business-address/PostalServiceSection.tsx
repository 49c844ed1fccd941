import { useQuery } from '@apollo/client/react';
import { READ_AGAIN_ON_EVENTS } from '../api/readAgainOnEvents';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { COMPANY_JOURNEY_CHANGED } from '../companies/operations';
import { useTranslation } from 'react-i18next';
import { PayStep } from '../payments/PayStep';
import { formatMoney } from '../payments/formatMoney';
import { formatDate } from '../utils/formatDate';
import { COMPANY_BUSINESS_ADDRESSES, type CompanyBusinessAddress } from './operations';
import { MailServiceForm } from './MailServiceForm';

/** Only while live updates are down and the fee is awaited. */
const FALLBACK_POLL_MS = 3000;
const BADGE = { none: 'info', awaiting_payment: 'warning', active: 'success', cancelled: 'danger' } as const;

/** Book the postal service, pay its fee when there is one, and change the handling later. */
export function PostalServiceSection({ companyId, address }: { companyId: string; address: CompanyBusinessAddress }) {
  const { t, i18n } = useTranslation('business-address');
  const service = address.service;
  const status = service?.status ?? 'none';
  // After the checkout the service turns active in the background, and the company's journey changes with
  // it (companyJourneyChanged): the address is read again then, and once the subscription is registered.
  const awaiting = status === 'awaiting_payment';
  const addresses = useQuery(COMPANY_BUSINESS_ADDRESSES, { variables: { companyId }, skip: !awaiting, ...READ_AGAIN_ON_EVENTS });
  useLiveUpdates(
    COMPANY_JOURNEY_CHANGED,
    { variables: { companyId }, skip: !awaiting, onData: () => void addresses.refetch().catch(() => undefined) },
    addresses,
    FALLBACK_POLL_MS,
  );
  const fee =
    service?.status === 'active' || service?.status === 'awaiting_payment' ? service.monthlyFeeCents : address.currentMonthlyFeeCents;
  const amount = formatMoney(fee, address.currency, i18n.language);

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="postal-service-heading" data-testid="postal-service">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="postal-service-heading">
          {t('service.heading')}
        </h2>
        <p>
          <span className={`kern-badge kern-badge--${BADGE[status]}`} data-testid="business-mail-service-status" data-status={status}>
            <span className="kern-label">{t(`service.status.${status}`)}</span>
          </span>
        </p>
        <p className="kern-body" data-testid="business-address-fee">
          {fee === 0 ? t('service.feeFree') : t('service.feeMonthly', { amount })}
        </p>
        {service?.status === 'active' && service.activatedAt && (
          <p className="kern-body kern-body--small">{t('service.activeSince', { date: formatDate(service.activatedAt, i18n.language) })}</p>
        )}
        {service?.status === 'active' && service.paidUntil && (
          <p className="kern-body kern-body--small" data-testid="business-address-paid-until">
            {t('service.paidUntil', { date: formatDate(service.paidUntil, i18n.language) })}
          </p>
        )}
        {service?.status === 'awaiting_payment' && service.paymentSubjectId ? (
          <div className="stack" data-testid="business-address-pay">
            <p className="kern-body">{t('service.payIntro', { amount })}</p>
            <PayStep
              purpose="business_address"
              subjectType={service.paymentSubjectType}
              subjectId={service.paymentSubjectId}
              returnPath={`/company/${companyId}/business-address`}
            />
          </div>
        ) : (
          <MailServiceForm companyId={companyId} address={address} />
        )}
      </div>
    </section>
  );
}

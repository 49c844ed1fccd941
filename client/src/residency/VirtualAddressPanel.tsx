import { useTranslation } from 'react-i18next';
import type { Residency, VirtualAddress } from './operations';
import { formatDate } from '../utils/formatDate';
import { MailHandlingForm } from './MailHandlingForm';

/** The resident's virtual address as it goes on an envelope, and what happens to their letters. */
export function VirtualAddressPanel({ address, residency }: { address: VirtualAddress; residency: Residency | null }) {
  const { t, i18n } = useTranslation('residency');
  return (
    <section className="kern-card kern-card--surface" aria-labelledby="address-heading" data-testid="virtual-address">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="address-heading">
          {t('address.heading')}
        </h2>
        {residency && (
          <p className="kern-body" data-testid="residency-validity">
            {t('address.validity', {
              categories: residency.categories.map((category) => t(`categories.${category}`)).join(', '),
              district: t(`districts.${residency.district}`),
              until: formatDate(residency.validUntil, i18n.language),
            })}
          </p>
        )}
        <address className="virtual-address" data-testid="address-lines" translate="no" lang="de" dir="ltr">
          {address.lines.map((line) => (
            <span key={line} className="virtual-address__line">
              {line}
            </span>
          ))}
        </address>
        <p className="kern-body kern-body--small">{t('address.hint')}</p>
        <MailHandlingForm address={address} />
      </div>
    </section>
  );
}

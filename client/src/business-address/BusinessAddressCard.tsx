import { useTranslation } from 'react-i18next';
import type { CompanyBusinessAddress } from './operations';

/** The address block per DIN 5008, as it goes on an envelope. */
export function BusinessAddressCard({ address }: { address: CompanyBusinessAddress }) {
  const { t } = useTranslation('business-address');
  return (
    <section className="kern-card kern-card--surface" aria-labelledby="business-address-heading">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="business-address-heading">
          {t('page.addressHeading')}
        </h2>
        <address className="virtual-address" data-testid="business-address-lines" translate="no">
          {address.lines.map((line) => (
            <span key={line} className="virtual-address__line" style={{ display: 'block' }}>
              {line}
            </span>
          ))}
        </address>
        <p className="kern-body kern-body--small">{t('page.addressHint')}</p>
        <p className="kern-body kern-body--small" data-testid="business-service-point">
          {t('page.servicePoint', { name: address.servicePointName })}
        </p>
      </div>
    </section>
  );
}

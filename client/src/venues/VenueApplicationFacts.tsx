import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../components/Ltr';
import { formatDiscount } from './formatDiscount';
import type { VenueApplication } from './onboarding-operations';

/** What a venue applied with, for the applicant and for staff. */
export function VenueApplicationFacts({ application }: { application: VenueApplication }) {
  const { t, i18n } = useTranslation(['venues', 'residency']);
  const facts: [string, ReactNode][] = [
    [t('apply.fields.organisationName'), application.organisationName],
    [t('apply.fields.kind'), t(`kinds.${application.kind}`)],
    [t('apply.fields.address'), application.address],
    [t('apply.fields.district'), t(`districts.${application.district}` as 'districts.bochum', { ns: 'residency' })],
    [t('apply.fields.contactName'), application.contactName],
    [t('apply.fields.contactEmail'), <Ltr key="email">{application.contactEmail}</Ltr>],
    [t('apply.fields.contactPhone'), <Ltr key="phone">{application.contactPhone}</Ltr>],
    [t('apply.qualifying'), application.categories.map((category) => t(`categories.${category}` as 'categories.student')).join(', ')],
  ];
  if (application.description) facts.push([t('apply.fields.description'), application.description]);
  return (
    <div className="stack" data-testid="venue-application-facts">
      <dl className="kern-description-list">
        {facts.map(([label, value]) => (
          <div className="kern-description-list-item" key={label}>
            <dt className="kern-description-list-item__key">{label}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="kern-heading-small">{t('apply.offers')}</h3>
      <ul className="stack plain-list">
        {application.offers.map((offer, index) => (
          <li key={index} className="kern-body">
            <strong lang="de">{offer.titleDe}</strong>
            {offer.titleEn !== offer.titleDe && <span lang="en"> · {offer.titleEn}</span>} · {formatDiscount(offer, i18n.language)}
            {offer.translations.map((translation) => (
              <span key={translation.language} lang={translation.language}>
                {' '}
                · {translation.title}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {application.applicantAnswer && (
        <div className="stack">
          <h3 className="kern-heading-small">{t('apply.answer')}</h3>
          <p className="kern-body">{application.applicantAnswer}</p>
        </div>
      )}
    </div>
  );
}

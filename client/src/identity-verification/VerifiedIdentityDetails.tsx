import { useTranslation } from 'react-i18next';
import type { VerifiedIdentity } from './operations';

function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function formatDate(isoDate: string, language: string): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: isoDate.length === 10 ? 'UTC' : 'Europe/Berlin' }).format(date);
}

/** The data the eID or the video identification confirmed (read only: it is never typed). */
export function VerifiedIdentityDetails({ identity }: { identity: VerifiedIdentity }) {
  const { t, i18n } = useTranslation('identity-verification');
  const rows: [string, string, string][] = [
    ['givenName', t('verified.givenName'), identity.givenName],
    ['familyName', t('verified.familyName'), identity.familyName],
    ['birthDate', t('verified.birthDate'), formatDate(identity.birthDate, i18n.language)],
    ['nationality', t('verified.nationality'), countryName(identity.nationality, i18n.language)],
    ...(identity.placeOfBirth ? [['placeOfBirth', t('verified.placeOfBirth'), identity.placeOfBirth] as [string, string, string]] : []),
    ['method', t('verified.method'), t(`verified.methods.${identity.method}`)],
    ['verifiedAt', t('verified.verifiedAt'), formatDate(identity.verifiedAt, i18n.language)],
  ];
  return (
    <section className="stack" aria-labelledby="identity-verified-heading" data-testid="identity-verified">
      <h2 id="identity-verified-heading" className="kern-heading-medium">
        {t('verified.heading')}
      </h2>
      <dl className="kern-description-list">
        {rows.map(([key, label, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{label}</dt>
            <dd className="kern-description-list-item__value" data-testid={`identity-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="kern-body kern-body--small">{t('verified.notEditable')}</p>
    </section>
  );
}

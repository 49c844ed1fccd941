import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MY_IDENTITY_VERIFICATION, type IdentityVerificationStatus } from './operations';

const ORDER = ['low', 'substantial', 'high'] as const;
const below = (level: string, required: string) =>
  ORDER.indexOf(level as (typeof ORDER)[number]) < ORDER.indexOf(required as (typeof ORDER)[number]);

/**
 * Early in the journey (the identity step): which identification carries a founder through every
 * step up to the signature certificate, as the city's assurance policy decides, and whether the
 * level they already have is enough.
 */
export function IdentificationPathHint({ status }: { status: IdentityVerificationStatus }) {
  const { t } = useTranslation('identity-verification');
  const required = status.assurancePolicy.signatureCertificate;
  const level = status.assuranceLevel;
  const methods = status.identificationMethods.filter((option) => option.available);
  const shortOfCertificate = below(level, required) && !below(level, status.assurancePolicy.companyCreation);

  return (
    <section className="stack kern-card kern-card--surface" aria-labelledby="identification-path-heading" data-testid="identification-path">
      <div className="kern-card__container stack">
        <h2 className="kern-heading-medium" id="identification-path-heading">
          {t('path.heading')}
        </h2>
        <p className="kern-body">{t('path.needed', { level: t(`level.${required}`) })}</p>
        <ul className="stack" data-testid="identification-path-methods">
          {methods.map((option) => (
            <li
              key={option.method}
              className="kern-body"
              data-testid={`identification-path-${option.method}`}
              data-reaches={option.reachesEveryService ? 'yes' : 'no'}
            >
              <strong>{t(`path.methods.${option.method}`)}</strong> ({t(`level.${option.level}`)}) –{' '}
              {t(option.reachesEveryService ? 'path.reachesEnd' : 'path.notToEnd')}
              {option.withoutEuEid && option.reachesEveryService ? ` ${t('path.withoutEuEid')}` : ''}
            </li>
          ))}
        </ul>
        {shortOfCertificate && (
          <p className="kern-body kern-body--bold" data-testid="identification-path-short">
            {t('path.yourLevelShort', { level: t(`level.${level}`), required: t(`level.${required}`) })}
          </p>
        )}
      </div>
    </section>
  );
}

/** The same hint for pages outside this area (the journey's start): loads the signed-in person's status itself. */
export function MyIdentificationPath() {
  const { data } = useQuery(MY_IDENTITY_VERIFICATION, { fetchPolicy: 'cache-and-network' });
  const status = data?.myIdentityVerification;
  if (!status || !below(status.assuranceLevel, status.assurancePolicy.signatureCertificate)) return null;
  return <IdentificationPathHint status={status} />;
}

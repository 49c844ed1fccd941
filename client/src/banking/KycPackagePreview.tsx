import { useTranslation } from 'react-i18next';
import type { BankKycPackage } from './operations';

/** Exactly what the bank will receive, shown before the representative consents. */
export function KycPackagePreview({ kyc }: { kyc: BankKycPackage }) {
  const { t } = useTranslation('banking');
  const empty = t('package.notEmpty');
  const company = kyc.company;
  const register = [company.registerName, company.registerNumber].filter(Boolean).join(' ');
  return (
    <section className="stack bank-package" aria-labelledby="bank-package-heading" data-testid="bank-kyc-package">
      <h3 className="kern-heading-small" id="bank-package-heading">
        {t('package.heading')}
      </h3>
      <p className="kern-body">{t('package.intro')}</p>
      <h4 className="kern-label">{t('package.company')}</h4>
      <dl className="bank-facts">
        <dt>{t('package.legalName')}</dt>
        <dd>{company.legalName}</dd>
        <dt>{t('package.legalForm')}</dt>
        <dd>{company.legalForm}</dd>
        <dt>{t('package.country')}</dt>
        <dd>{company.countryCode}</dd>
        <dt>{t('package.register')}</dt>
        <dd>{register || empty}</dd>
        <dt>{t('package.vatId')}</dt>
        <dd>{company.vatId ?? empty}</dd>
        <dt>{t('package.headOffice')}</dt>
        <dd>{`${company.headOffice.street}, ${company.headOffice.postcode} ${company.headOffice.city}, ${company.headOffice.countryCode}`}</dd>
        <dt>{t('package.website')}</dt>
        <dd>{company.website ?? empty}</dd>
        <dt>{t('package.mainActivity')}</dt>
        <dd>{company.mainActivity}</dd>
        <dt>{t('package.registerExtract')}</dt>
        <dd>
          {kyc.registerExtract
            ? t('package.registerExtractMeta', {
                fileName: kyc.registerExtract.fileName,
                size: Math.ceil(kyc.registerExtract.sizeBytes / 1024),
                hash: kyc.registerExtract.sha256.slice(0, 16),
              })
            : t('package.noRegisterExtract')}
        </dd>
      </dl>
      <h4 className="kern-label">{t('package.representatives')}</h4>
      <ul className="stack-small">
        {kyc.representatives.map((person) => (
          <li key={`${person.givenName}-${person.familyName}-${person.birthDate}`} className="kern-body">
            {t('package.representative', {
              givenName: person.givenName,
              familyName: person.familyName,
              birthDate: person.birthDate,
              nationality: person.nationality,
            })}
            <br />
            <span className="kern-body--small">
              {t('package.representativeVerification', { level: person.assuranceLevel, method: person.verificationMethod })}
            </span>
          </li>
        ))}
      </ul>
      <h4 className="kern-label">{t('package.tradeRegistration')}</h4>
      <p className="kern-body">
        {t('package.tradeActivity', { wzCode: kyc.tradeRegistration.wzCode, wzTitle: kyc.tradeRegistration.wzTitle })}
        <br />
        {kyc.tradeRegistration.activityDescription}
        <br />
        {t('package.tradeStart', { date: kyc.tradeRegistration.startDate })}
        <br />
        {t('package.tradeStatus', { status: kyc.tradeRegistration.registrationNumber ?? kyc.tradeRegistration.status })}
      </p>
    </section>
  );
}

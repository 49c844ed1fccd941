import { useTranslation } from 'react-i18next';
import { GermanBindingNotice } from '../components/GermanBindingNotice';
import { usePageTitle } from '../i18n/usePageTitle';
import { CityAddress, ContactLine, LegalSection } from './LegalSection';

const PROCESSING = [
  'account',
  'residency',
  'identity',
  'card',
  'payments',
  'mail',
  'companies',
  'participation',
  'messages',
  'logs',
  'feedback',
] as const;
const AFTER = ['recipients', 'transfer', 'retention', 'automated', 'rights', 'authority'] as const;

/** Datenschutzerklärung: controller, officer, each processing with purpose and legal basis, recipients, retention, rights. */
export function PrivacyPage() {
  const { t } = useTranslation('legal');
  usePageTitle(t('privacy.title'));
  return (
    <article className="stack-large" data-testid="legal-privacy-page">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('privacy.title')}</h1>
        <p className="kern-body">{t('privacy.intro')}</p>
        <GermanBindingNotice />
      </div>
      <LegalSection id="controller" title={t('privacy.controller.title')} body={t('privacy.controller.body')}>
        <CityAddress />
        <ContactLine label={t('contact.phone')} value="+49 234 910-0" href="tel:+492349100" />
      </LegalSection>
      <LegalSection id="dpo" title={t('privacy.dpo.title')} body={t('privacy.dpo.body')}>
        <ContactLine label={t('contact.email')} value="datenschutz@bochum.de" href="mailto:datenschutz@bochum.de" />
      </LegalSection>
      <LegalSection id="processing" title={t('privacy.processing.title')} body={t('privacy.processing.body')}>
        {PROCESSING.map((item) => (
          <section key={item} className="stack" aria-labelledby={`processing-${item}`}>
            <h3 className="kern-heading-small" id={`processing-${item}`}>
              {t(`privacy.processing.${item}.title`)}
            </h3>
            <p className="kern-body">{t(`privacy.processing.${item}.purpose`)}</p>
            <p className="kern-body">
              <strong>{t('privacy.legalBasis')}:</strong> {t(`privacy.processing.${item}.basis`)}
            </p>
          </section>
        ))}
      </LegalSection>
      {AFTER.map((section) => (
        <LegalSection key={section} id={section} title={t(`privacy.${section}.title`)} body={t(`privacy.${section}.body`)} />
      ))}
      <p className="kern-body kern-body--small">{t('privacy.updated')}</p>
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { GermanBindingNotice } from '../components/GermanBindingNotice';
import { usePageTitle } from '../i18n/usePageTitle';
import { CityAddress, ContactLine, LegalSection } from './LegalSection';

const SECTIONS = ['representation', 'vat', 'responsible', 'supervision', 'platform'] as const;

/** Impressum: the provider of the platform, as § 5 DDG and § 18 MStV require. */
export function LegalNoticePage() {
  const { t } = useTranslation('legal');
  usePageTitle(t('notice.title'));
  return (
    <article className="stack-large" data-testid="legal-notice-page">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('notice.title')}</h1>
        <p className="kern-body">{t('notice.intro')}</p>
        <GermanBindingNotice />
      </div>
      <LegalSection id="provider" title={t('notice.provider.title')} body={t('notice.provider.body')}>
        <CityAddress />
      </LegalSection>
      <LegalSection id="contact" title={t('notice.contact.title')}>
        <ContactLine label={t('contact.phone')} value="+49 234 910-0" href="tel:+492349100" />
        <ContactLine label={t('contact.email')} value="info@bochum.de" href="mailto:info@bochum.de" />
        <ContactLine label={t('contact.web')} value="www.bochum.de" href="https://www.bochum.de" />
      </LegalSection>
      {SECTIONS.map((section) => (
        <LegalSection key={section} id={section} title={t(`notice.${section}.title`)} body={t(`notice.${section}.body`)} />
      ))}
    </article>
  );
}

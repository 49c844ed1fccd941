import { useTranslation } from 'react-i18next';
import { GermanBindingNotice } from '../components/GermanBindingNotice';
import { usePageTitle } from '../i18n/usePageTitle';
import { AccessibilityFeedbackForm } from './AccessibilityFeedbackForm';
import { LegalSection } from './LegalSection';

const ISSUES = ['scans', 'pdfs', 'camera', 'translations'] as const;

/** Erklärung zur Barrierefreiheit (BITV 2.0 / BITV NRW): status, known barriers, feedback, enforcement. */
export function AccessibilityPage() {
  const { t } = useTranslation('legal');
  usePageTitle(t('accessibility.title'));
  return (
    <article className="stack-large" data-testid="legal-accessibility-page">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('accessibility.title')}</h1>
        <p className="kern-body">{t('accessibility.intro')}</p>
        <GermanBindingNotice />
      </div>
      <LegalSection id="status" title={t('accessibility.status.title')} body={t('accessibility.status.body')} />
      <LegalSection id="issues" title={t('accessibility.issues.title')} body={t('accessibility.issues.body')}>
        <ul className="stack">
          {ISSUES.map((issue) => (
            <li key={issue} className="kern-body">
              {t(`accessibility.issues.${issue}`)}
            </li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection id="prepared" title={t('accessibility.prepared.title')} body={t('accessibility.prepared.body')} />
      <LegalSection id="feedback" title={t('accessibility.feedback.title')} body={t('accessibility.feedback.body')}>
        <AccessibilityFeedbackForm />
      </LegalSection>
      <LegalSection id="enforcement" title={t('accessibility.enforcement.title')} body={t('accessibility.enforcement.body')}>
        <address className="kern-body" lang="de" dir="ltr" translate="no" style={{ fontStyle: 'normal', whiteSpace: 'pre-line' }}>
          {
            'Ombudsstelle für barrierefreie Informationstechnik NRW\nbei der Landesbehindertenbeauftragten NRW\nFürstenwall 25\n40219 Düsseldorf\nombudsstelle-barrierefreie-it@mags.nrw.de'
          }
        </address>
      </LegalSection>
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../i18n/usePageTitle';

/** What e-residency is, in plain words, and where to start. */
export function KioskAboutPage() {
  const { t } = useTranslation('kiosk');
  usePageTitle(t('about.title'));
  return (
    <div className="stack" data-testid="kiosk-about">
      <h1 className="kern-heading-large">{t('about.title')}</h1>
      <p className="kern-body">{t('about.intro')}</p>
      <h2 className="kern-heading-medium">{t('about.whoTitle')}</h2>
      <p className="kern-body">{t('about.who')}</p>
      <h2 className="kern-heading-medium">{t('about.stepsTitle')}</h2>
      <ol className="kern-list">
        <li>{t('about.step1')}</li>
        <li>{t('about.step2')}</li>
        <li>{t('about.step3')}</li>
      </ol>
      <p>
        <Link className="kern-btn kern-btn--primary kiosk-big-button" to="/kiosk/create-account">
          <span className="kern-label">{t('about.start')}</span>
        </Link>
      </p>
    </div>
  );
}

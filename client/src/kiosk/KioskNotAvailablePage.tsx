import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../i18n/usePageTitle';

/** A page of the platform that the terminal does not offer (it is for one's own device). */
export function KioskNotAvailablePage() {
  const { t } = useTranslation('kiosk');
  usePageTitle(t('notAvailable.title'));
  return (
    <div className="stack" data-testid="kiosk-not-available">
      <h1 className="kern-heading-large">{t('notAvailable.title')}</h1>
      <p className="kern-body">{t('notAvailable.text')}</p>
      <p>
        <Link className="kern-btn kern-btn--primary kiosk-big-button" to="/kiosk/menu">
          <span className="kern-label">{t('actions.menu')}</span>
        </Link>
      </p>
    </div>
  );
}

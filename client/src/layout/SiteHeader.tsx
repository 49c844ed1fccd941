import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNavigation } from './MainNavigation';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="kern-kopfzeile">
        <div className="kern-container">
          <div className="kern-kopfzeile__content">
            <span className="kern-kopfzeile__label">{t('header.serviceOf')}</span>
          </div>
        </div>
      </div>
      <div className="kern-container site-header__bar">
        <Link to="/" className="site-header__brand" aria-label={t('header.homeLink')}>
          {t('meta.appName')}
        </Link>
        <MainNavigation />
        <LanguageSwitcher />
      </div>
    </header>
  );
}

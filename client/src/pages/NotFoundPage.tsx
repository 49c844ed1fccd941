import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../i18n/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="narrow stack">
      <h1 className="kern-heading-x-large">{t('notFound.title')}</h1>
      <p className="kern-body">{t('notFound.text')}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../components/Alert';
import { usePageTitle } from '../i18n/usePageTitle';

export function NoAccessPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.noAccessTitle'));
  return (
    <div className="narrow stack">
      <h1 className="kern-heading-x-large">{t('staff.noAccessTitle')}</h1>
      <Alert variant="warning" role="status" title={t('staff.noAccessTitle')}>
        <p className="kern-body">{t('staff.noAccessText')}</p>
      </Alert>
      <p className="kern-body">
        <Link className="kern-link" to="/account">
          {t('staff.toAccount')}
        </Link>
      </p>
    </div>
  );
}

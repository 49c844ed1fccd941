import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '../components/Alert';
import { SuccessPanel } from '../components/SuccessPanel';
import { usePageTitle } from '../i18n/usePageTitle';
import { ResetPasswordForm } from './ResetPasswordForm';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.title'));
  const token = useSearchParams()[0].get('token');
  const [done, setDone] = useState(false);

  return (
    <div className="narrow stack">
      <h1 className="kern-heading-x-large">{t('resetPassword.title')}</h1>
      {done ? (
        <SuccessPanel title={t('resetPassword.success')}>
          <p className="kern-body">
            <Link className="kern-link" to="/login">
              {t('resetPassword.toLogin')}
            </Link>
          </p>
        </SuccessPanel>
      ) : token ? (
        <>
          <p className="kern-body">{t('resetPassword.intro')}</p>
          <ResetPasswordForm token={token} onReset={() => setDone(true)} />
        </>
      ) : (
        <Alert variant="danger" role="alert" title={t('errorAlert.title')} testId="error">
          <p className="kern-body">{t('resetPassword.missingToken')}</p>
          <p className="kern-body">
            <Link className="kern-link" to="/forgot-password">
              {t('resetPassword.requestNewLink')}
            </Link>
          </p>
        </Alert>
      )}
    </div>
  );
}

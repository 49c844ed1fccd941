import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { ResendVerificationForm } from '../components/ResendVerificationForm';
import { SuccessPanel } from '../components/SuccessPanel';
import { usePageTitle } from '../i18n/usePageTitle';
import { useVerifyEmailOnce } from './useVerifyEmailOnce';

function Verification({ token }: { token: string }) {
  const { t } = useTranslation();
  const state = useVerifyEmailOnce(token);

  if (state.status === 'pending') return <LoadingIndicator label={t('verifyEmail.verifying')} />;
  if (state.status === 'verified') {
    return (
      <SuccessPanel title={t('verifyEmail.success')}>
        <p className="kern-body">
          <Link className="kern-link" to="/login">
            {t('verifyEmail.toLogin')}
          </Link>
        </p>
      </SuccessPanel>
    );
  }
  return (
    <>
      <ErrorAlert error={state.error} />
      <ResendVerificationForm />
    </>
  );
}

export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('verifyEmail.title'));
  const token = useSearchParams()[0].get('token');

  return (
    <div className="narrow stack">
      <h1 className="kern-heading-x-large">{t('verifyEmail.title')}</h1>
      {token ? (
        <Verification token={token} />
      ) : (
        <>
          <Alert variant="danger" role="alert" title={t('errorAlert.title')} testId="error">
            <p className="kern-body">{t('verifyEmail.missingToken')}</p>
          </Alert>
          <ResendVerificationForm />
        </>
      )}
    </div>
  );
}

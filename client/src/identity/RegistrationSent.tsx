import { Trans, useTranslation } from 'react-i18next';
import type { RegistrationResult } from './operations';
import { Alert } from '../components/Alert';
import { ResendVerificationButton } from '../components/ResendVerificationButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { ltrText } from '../components/Ltr';

/** "Check your inbox", with a button to send the verification e-mail again. */
export function RegistrationSent({ result }: { result: RegistrationResult }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <SuccessPanel title={t('register.sentTitle')}>
        <p className="kern-body">
          <Trans i18nKey="register.sentText" values={{ email: ltrText(result.email) }} components={{ strong: <strong /> }} />
        </p>
      </SuccessPanel>
      {!result.verificationEmailSent && <Alert variant="warning" role="status" title={t('register.notSent')} />}
      <p className="kern-body">{t('register.noEmail')}</p>
      <ResendVerificationButton email={result.email} />
    </div>
  );
}

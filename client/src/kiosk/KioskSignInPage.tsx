import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { signIn } from '../auth/sessionStore';
import { LoginForm } from '../identity/LoginForm';
import { usePageTitle } from '../i18n/usePageTitle';
import { safeNextPath } from '../utils/safeNextPath';
import { getKioskDraft, setKioskDraft } from './draft';

/**
 * Sign-in at the terminal with the platform's own form. The access token stays in memory; the
 * refresh cookie the server sets is removed with the session when the person finishes or walks away.
 * The e-mail address (never the password) is the step's draft, so the phone can continue it; a step
 * that asked for the sign-in (`next`, e.g. booking an appointment) follows it.
 */
export function KioskSignInPage() {
  const { t } = useTranslation('kiosk');
  const navigate = useNavigate();
  const next = safeNextPath(useSearchParams()[0].get('next'), '/kiosk/menu');
  usePageTitle(t('signIn.title'));
  return (
    <div className="stack" data-testid="kiosk-sign-in">
      <h1 className="kern-heading-large">{t('signIn.title')}</h1>
      <p className="kern-body">{t('signIn.intro')}</p>
      <LoginForm
        initialEmail={getKioskDraft().email}
        onEmailChange={(email) => setKioskDraft({ ...getKioskDraft(), email })}
        onSignedIn={(payload) => {
          signIn(payload);
          void navigate(next, { replace: true });
        }}
      />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router-dom';
import type { AuthPayload } from './operations';
import { signIn } from '../auth/sessionStore';
import { useSession } from '../auth/useSession';
import { Alert } from '../components/Alert';
import { usePageTitle } from '../i18n/usePageTitle';
import { safeNextPath } from '../utils/safeNextPath';
import { LoginForm } from './LoginForm';
import { LoginWithEidButton } from './LoginWithEidButton';

type RedirectReason = 'sessionExpired' | 'signInRequired';

/** The address a phone continuing the terminal's sign-in step brings along (router state, never the URL). */
function handedOverEmailOf(state: unknown): string | undefined {
  const email = (state as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? email : undefined;
}

function redirectReasonOf(state: unknown): RedirectReason | undefined {
  const reason = (state as { reason?: unknown } | null)?.reason;
  return reason === 'sessionExpired' || reason === 'signInRequired' ? reason : undefined;
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const location = useLocation();
  const session = useSession();
  const requestedNext = useSearchParams()[0].get('next');
  const next = safeNextPath(requestedNext);
  const reason = redirectReasonOf(location.state);

  // Signed in just now, or already (restored session): continue to the requested page.
  if (session.status === 'signedIn') return <Navigate to={next} replace />;

  return (
    <div className="narrow stack">
      <h1 className="kern-heading-x-large">{t('login.title')}</h1>
      {reason && <Alert variant="info" role="status" title={t(`login.${reason}`)} />}
      <LoginWithEidButton next={requestedNext ? next : null} orBelow />
      <LoginForm onSignedIn={(payload: AuthPayload) => signIn(payload)} initialEmail={handedOverEmailOf(location.state)} />
      <ul className="link-list">
        <li>
          <Link className="kern-link" to="/forgot-password">
            {t('login.forgotPassword')}
          </Link>
        </li>
        <li>
          {t('login.noAccount')}{' '}
          <Link className="kern-link" to="/register">
            {t('login.registerLink')}
          </Link>
        </li>
      </ul>
    </div>
  );
}

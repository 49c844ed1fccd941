import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LOGOUT } from './operations';
import { signOut } from '../auth/sessionStore';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormSubmission } from '../forms/useFormSubmission';

/** Ends the session on the server, forgets the token and cached data, and goes home. */
export function LogoutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LOGOUT);
  const { busy, error, run } = useFormSubmission();

  async function handleClick() {
    const result = await run(() => logout());
    if (!result) return;
    // Leave the account page first (committed at once with flushSync), so its guard
    // does not see the signed-out state and redirect to the login page.
    await navigate('/', { replace: true, flushSync: true });
    signOut();
    await client.clearStore();
  }

  return (
    <div className="stack">
      {error && <ErrorAlert error={error} />}
      <div>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          data-testid="logout"
          onClick={handleClick}
          aria-busy={busy || undefined}
        >
          <span className="kern-icon kern-icon--logout" aria-hidden="true" />
          <span className="kern-label">{busy ? t('status.submitting') : t('account.logout')}</span>
        </button>
      </div>
    </div>
  );
}

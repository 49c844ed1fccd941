import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { START_EID_SIGN_IN } from './LoginEidOperations';

/** "Sign in with eID": off to the eID service, back at /login/eid (then on to `next`). */
export function LoginWithEidButton({ next, orBelow = false }: { next: string | null; orBelow?: boolean }) {
  const { t } = useTranslation('identity-verification');
  const [start] = useMutation(START_EID_SIGN_IN);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const begin = async () => {
    setBusy(true);
    setError(null);
    try {
      const url = (await start({ variables: { input: { returnTo: next } } })).data?.startEidSignIn.authorizationUrl;
      if (url) window.location.assign(url);
      else setBusy(false);
    } catch (caught) {
      setError(toAppError(caught));
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      {error && <ErrorAlert error={error} />}
      <div>
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={() => void begin()}
          disabled={busy}
          aria-busy={busy || undefined}
          data-testid="login-eid"
        >
          <span className="kern-label">{t('signIn.button')}</span>
        </button>
      </div>
      <p className="kern-body kern-body--small">{t('signIn.hint')}</p>
      {orBelow && <p className="kern-body kern-body--bold">{t('signIn.or')}</p>}
    </div>
  );
}

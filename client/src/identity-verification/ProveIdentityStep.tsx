import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { MY_IDENTITY_VERIFICATION, START_EID_VERIFICATION, type VerifiedIdentity } from './operations';
import { fullName } from '../../../packages/shared/src/person-name.js';

/**
 * "Prove your identity with eID" inside another flow (the residency application): starts the eID
 * identification and comes back to `returnTo`. Once verified, shows the name that documents will carry.
 */
export function ProveIdentityStep({ returnTo, onVerified }: { returnTo: string; onVerified?: (identity: VerifiedIdentity) => void }) {
  const { t } = useTranslation('identity-verification');
  const { data } = useQuery(MY_IDENTITY_VERIFICATION, { fetchPolicy: 'cache-and-network' });
  const [startEid] = useMutation(START_EID_VERIFICATION);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const identity = data?.myIdentityVerification.verifiedIdentity ?? null;
  const reported = useRef(false);
  useEffect(() => {
    if (!identity || !onVerified || reported.current) return;
    reported.current = true;
    onVerified(identity);
  }, [identity, onVerified]);

  if (identity) {
    return (
      <Alert variant="success" role="status" title={t('applyStep.title')} testId="prove-identity-done">
        <p className="kern-body">{t('applyStep.done', { name: fullName(identity), level: identity.level })}</p>
      </Alert>
    );
  }
  if (!data) return null;

  const begin = async () => {
    setBusy(true);
    setError(null);
    try {
      const url = (await startEid({ variables: { input: { returnTo } } })).data?.startEidVerification.authorizationUrl;
      if (url) window.location.assign(url);
      else setBusy(false);
    } catch (caught) {
      setError(toAppError(caught));
      setBusy(false);
    }
  };

  return (
    <section
      className="stack kern-card prove-identity-step"
      style={{ padding: '1rem' }}
      aria-labelledby="prove-identity-heading"
      data-testid="prove-identity-step"
    >
      <h2 className="kern-heading-medium" id="prove-identity-heading">
        {t('applyStep.title')}
      </h2>
      <p className="kern-body kern-body--bold">{t('applyStep.recommended')}</p>
      <p className="kern-body">{t('applyStep.text')}</p>
      {error && <ErrorAlert error={error} />}
      <div>
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={() => void begin()}
          disabled={busy}
          aria-busy={busy || undefined}
          data-testid="prove-identity-eid"
        >
          <span className="kern-label">{t('applyStep.button')}</span>
        </button>
      </div>
    </section>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import type { AppError } from '../api/appError';
import { refreshSession } from '../api/refreshSession';
import { signIn } from '../auth/sessionStore';
import { useSession } from '../auth/useSession';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';
import { usePageTitle } from '../i18n/usePageTitle';
import { safeNextPath } from '../utils/safeNextPath';
import { LINK_EID_TO_ACCOUNT, OPEN_ACCOUNT_WITH_EID, PENDING_EID_SIGN_IN } from './LoginEidOperations';
import { LoginWithEidButton } from './LoginWithEidButton';
import { fullName } from '../../../packages/shared/src/person-name.js';

const FAILURES = [
  'cancelled',
  'refused',
  'expired',
  'invalid_state',
  'already_used',
  'verification_failed',
  'level_too_low',
  'incomplete_data',
  'identity_mismatch',
  'unavailable',
  'email_not_verified',
] as const;

/** Where the eID sign-in lands: signs in (the refresh cookie is set), or opens / links an account for a new eID identity. */
export function LoginEidPage() {
  const { t } = useTranslation('identity-verification');
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const result = params.get('result');
  const returnTo = params.get('returnTo');
  const next = safeNextPath(returnTo);
  const session = useSession();
  const [failed, setFailed] = useState<AppError | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (result !== 'signed_in' || started.current) return;
    started.current = true;
    void refreshSession().then((outcome) => {
      if (outcome.kind === 'refreshed') signIn(outcome.payload);
      else setFailed(outcome.kind === 'failed' ? outcome.error : { code: 'UNAUTHENTICATED', details: [] });
    });
  }, [result]);

  if (session.status === 'signedIn' && result !== 'new_identity') return <Navigate to={next} replace />;

  const failure = FAILURES.find((candidate) => candidate === result);
  return (
    <div className="narrow stack-large">
      <h1 className="kern-heading-x-large">{t('signIn.title')}</h1>
      {result === 'signed_in' && !failed && <LoadingIndicator label={t('signIn.finishing')} />}
      {failed && <ErrorAlert error={failed} />}
      {failure && (
        <Alert
          variant={failure === 'cancelled' ? 'info' : 'danger'}
          role="alert"
          title={t(`results.${failure}.title`)}
          testId="eid-sign-in-result"
        >
          <p className="kern-body" data-result={failure}>
            {t(`results.${failure}.text`)}
          </p>
        </Alert>
      )}
      {result === 'new_identity' ? (
        <NewIdentity next={next} returnTo={returnTo} />
      ) : (
        (failure || failed) && <LoginWithEidButton next={returnTo} />
      )}
    </div>
  );
}

/** A first sign-in: open a new account (e-mail verified as usual) or link the eID to an existing one. */
function NewIdentity({ next, returnTo }: { next: string; returnTo: string | null }) {
  const { t, i18n } = useTranslation('identity-verification');
  const { t: tc } = useTranslation();
  const { data, loading } = useQuery(PENDING_EID_SIGN_IN, { fetchPolicy: 'network-only' });
  const [open] = useMutation(OPEN_ACCOUNT_WITH_EID);
  const [link] = useMutation(LINK_EID_TO_ACCOUNT);
  const opening = useFormSubmission();
  const linking = useFormSubmission();
  const [newEmail, setNewEmail] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [openedFor, setOpenedFor] = useState<string | null>(null);

  if (loading && !data) return <LoadingIndicator />;
  const pending = data?.pendingEidSignIn;
  if (openedFor) {
    return (
      <Alert variant="success" role="status" title={t('results.new_identity.title')} testId="eid-account-opened">
        <p className="kern-body">{t('signIn.opened', { email: openedFor })}</p>
      </Alert>
    );
  }
  if (!pending) {
    return (
      <div className="stack">
        <Alert variant="info" role="status" title={t('signIn.expired')} />
        <LoginWithEidButton next={returnTo} />
      </div>
    );
  }

  async function handleOpen(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(emptyFields({ email: newEmail }, tc('validation.required')), tc('validation.summary'));
    if (invalid) return opening.setError(invalid);
    const result = await opening.run(() =>
      open({ variables: { input: { email: newEmail.trim(), preferredLanguage: i18n.language.slice(0, 2) } } }),
    );
    if (result?.data) setOpenedFor(result.data.openAccountWithEid.email);
  }

  async function handleLink(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(emptyFields({ email, password }, tc('validation.required')), tc('validation.summary'));
    if (invalid) return linking.setError(invalid);
    const result = await linking.run(() => link({ variables: { input: { email: email.trim(), password } } }));
    if (result?.data) signIn(result.data.linkEidToAccount);
  }

  const openErrors = fieldErrorsOf(opening.error);
  const linkErrors = fieldErrorsOf(linking.error);
  return (
    <div className="stack-large" data-testid="eid-new-identity" data-next={next}>
      <p className="kern-body">{t('signIn.newIdentityIntro', { name: fullName(pending) })}</p>
      <section className="stack" aria-labelledby="eid-open-heading">
        <h2 className="kern-heading-medium" id="eid-open-heading">
          {t('signIn.openHeading')}
        </h2>
        <p className="kern-body">{t('signIn.openIntro')}</p>
        {opening.error && <ErrorAlert error={opening.error} formFields={['email']} />}
        <form className="stack" onSubmit={handleOpen} noValidate data-testid="eid-open-form">
          <TextField
            name="email"
            type="email"
            autoComplete="email"
            label={tc('fields.email.label')}
            value={newEmail}
            onChange={setNewEmail}
            error={openErrors.email}
          />
          <div>
            <SubmitButton label={t('signIn.openSubmit')} busy={opening.busy} />
          </div>
        </form>
      </section>
      <section className="stack" aria-labelledby="eid-link-heading">
        <h2 className="kern-heading-medium" id="eid-link-heading">
          {t('signIn.linkHeading')}
        </h2>
        <p className="kern-body">{t('signIn.linkIntro')}</p>
        {linking.error && <ErrorAlert error={linking.error} formFields={['email', 'password']} />}
        <form className="stack" onSubmit={handleLink} noValidate data-testid="eid-link-form">
          <TextField
            name="linkEmail"
            type="email"
            autoComplete="username"
            label={tc('fields.email.label')}
            value={email}
            onChange={setEmail}
            error={linkErrors.email}
          />
          <TextField
            name="linkPassword"
            type="password"
            autoComplete="current-password"
            label={tc('fields.password.label')}
            value={password}
            onChange={setPassword}
            error={linkErrors.password}
          />
          <div>
            <SubmitButton label={t('signIn.linkSubmit')} busy={linking.busy} />
          </div>
        </form>
      </section>
    </div>
  );
}

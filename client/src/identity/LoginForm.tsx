import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGIN } from './operations';
import type { AuthPayload } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { ResendVerificationButton } from '../components/ResendVerificationButton';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';

const FIELDS = ['email', 'password'] as const;

/**
 * E-mail and password. `initialEmail` fills the address in (a phone continuing the terminal's sign-in
 * step); `onEmailChange` follows it, trimmed (the terminal's hand-over draft). The password never leaves the form.
 */
export function LoginForm({
  onSignedIn,
  initialEmail = '',
  onEmailChange,
}: {
  onSignedIn: (payload: AuthPayload) => void;
  initialEmail?: string;
  onEmailChange?: (email: string) => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [login] = useMutation(LOGIN);
  const { busy, error, setError, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(emptyFields({ email, password }, t('validation.required')), t('validation.summary'));
    if (invalid) return setError(invalid);
    const result = await run(() => login({ variables: { input: { email: email.trim(), password } } }));
    if (result?.data) onSignedIn(result.data.login);
  }

  return (
    <div className="stack">
      {error && (
        <ErrorAlert error={error} formFields={FIELDS}>
          {error.reason === 'EMAIL_NOT_VERIFIED' && <ResendVerificationButton email={email.trim()} />}
        </ErrorAlert>
      )}
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <TextField
          name="email"
          type="email"
          autoComplete="username"
          label={t('fields.email.label')}
          value={email}
          onChange={(value) => {
            setEmail(value);
            onEmailChange?.(value.trim());
          }}
          error={fieldErrors.email}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('fields.password.label')}
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <div>
          <SubmitButton label={t('login.submit')} busy={busy} />
        </div>
      </form>
    </div>
  );
}

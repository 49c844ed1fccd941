import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTER } from './operations';
import type { RegistrationResult } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { PreferredLanguageField } from '../components/PreferredLanguageField';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';

const FIELDS = ['email', 'password', 'preferredLanguage'] as const;

export function RegisterForm({ onRegistered }: { onRegistered: (result: RegistrationResult) => void }) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [preferredLanguage, setPreferredLanguage] = useState(i18n.resolvedLanguage ?? 'de');
  const [register] = useMutation(REGISTER);
  const { busy, error, setError, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(emptyFields({ email, password }, t('validation.required')), t('validation.summary'));
    if (invalid) return setError(invalid);
    const result = await run(() => register({ variables: { input: { email: email.trim(), password, preferredLanguage } } }));
    if (result?.data) onRegistered(result.data.register);
  }

  return (
    <div className="stack">
      {/* An address that already has an account is answered like a new one (its owner is told by e-mail). */}
      {error && <ErrorAlert error={error} formFields={FIELDS} />}
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={t('fields.email.label')}
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('fields.password.label')}
          hint={t('fields.password.hint')}
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <PreferredLanguageField value={preferredLanguage} onChange={setPreferredLanguage} error={fieldErrors.preferredLanguage} />
        <div>
          <SubmitButton label={t('register.submit')} busy={busy} />
        </div>
      </form>
    </div>
  );
}

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

/** What the registration form may show at first and report as it changes: never the password. */
export interface RegistrationDraft {
  email?: string;
  preferredLanguage?: string;
}

/**
 * The registration form (e-mail, password, preferred language): the register page's, and the same
 * form on the self-service terminal and on the phone that continues it (kiosk), which start it with
 * a draft and follow its non-secret fields.
 */
export function RegisterForm({
  onRegistered,
  initial = {},
  onDraftChange,
  emailAutoComplete = 'email',
  testId,
}: {
  onRegistered: (result: RegistrationResult) => void;
  initial?: RegistrationDraft;
  /** Called with the trimmed e-mail address and the language whenever either changes. */
  onDraftChange?: (draft: RegistrationDraft) => void;
  emailAutoComplete?: 'email' | 'off';
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState(initial.email ?? '');
  const [password, setPassword] = useState('');
  const [preferredLanguage, setPreferredLanguage] = useState(initial.preferredLanguage ?? i18n.resolvedLanguage ?? 'de');
  const [register] = useMutation(REGISTER);
  const { busy, error, setError, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);

  function changeEmail(value: string) {
    setEmail(value);
    onDraftChange?.({ email: value.trim(), preferredLanguage });
  }

  function changeLanguage(value: string) {
    setPreferredLanguage(value);
    onDraftChange?.({ email: email.trim(), preferredLanguage: value });
  }

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
      <form className="stack" onSubmit={handleSubmit} noValidate data-testid={testId}>
        <TextField
          name="email"
          type="email"
          autoComplete={emailAutoComplete}
          label={t('fields.email.label')}
          value={email}
          onChange={changeEmail}
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
        <PreferredLanguageField value={preferredLanguage} onChange={changeLanguage} error={fieldErrors.preferredLanguage} />
        <div>
          <SubmitButton label={t('register.submit')} busy={busy} />
        </div>
      </form>
    </div>
  );
}

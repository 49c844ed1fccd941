import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RESET_PASSWORD } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf, passwordRepeatProblems } from '../forms/validation';

const FIELDS = ['newPassword', 'passwordRepeat'] as const;
const LINK_PROBLEMS = new Set(['LINK_EXPIRED', 'LINK_INVALID']);

export function ResetPasswordForm({ token, onReset }: { token: string; onReset: () => void }) {
  const { t } = useTranslation();
  const [newPassword, setNewPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const [resetPassword] = useMutation(RESET_PASSWORD);
  const { busy, error, setError, run } = useFormSubmission();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...emptyFields({ newPassword, passwordRepeat }, t('validation.required')),
      ...passwordRepeatProblems(newPassword, passwordRepeat, t('validation.passwordsDoNotMatch')),
    ];
    const invalid = clientValidationError(problems, t('validation.summary'));
    if (invalid) return setError(invalid);
    const result = await run(() => resetPassword({ variables: { input: { token, newPassword } } }));
    if (result) onReset();
  }

  return (
    <div className="stack">
      {error && (
        <ErrorAlert error={error} formFields={FIELDS}>
          {error.reason && LINK_PROBLEMS.has(error.reason) && (
            <p className="kern-body">
              <Link className="kern-link" to="/forgot-password">
                {t('resetPassword.requestNewLink')}
              </Link>
            </p>
          )}
        </ErrorAlert>
      )}
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <NewPasswordFields
          newPassword={newPassword}
          passwordRepeat={passwordRepeat}
          onNewPasswordChange={setNewPassword}
          onPasswordRepeatChange={setPasswordRepeat}
          errors={fieldErrorsOf(error)}
        />
        <div>
          <SubmitButton label={t('resetPassword.submit')} busy={busy} />
        </div>
      </form>
    </div>
  );
}

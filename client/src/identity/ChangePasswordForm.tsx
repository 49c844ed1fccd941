import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANGE_PASSWORD } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextField } from '../components/TextField';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf, passwordRepeatProblems } from '../forms/validation';

const FIELDS = ['currentPassword', 'newPassword', 'passwordRepeat'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const [changed, setChanged] = useState(false);
  const [changePassword] = useMutation(CHANGE_PASSWORD);
  const { busy, error, setError, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setChanged(false);
    const problems = [
      ...emptyFields({ currentPassword, newPassword, passwordRepeat }, t('validation.required')),
      ...passwordRepeatProblems(newPassword, passwordRepeat, t('validation.passwordsDoNotMatch')),
    ];
    const invalid = clientValidationError(problems, t('validation.summary'));
    if (invalid) return setError(invalid);
    const result = await run(() => changePassword({ variables: { input: { currentPassword, newPassword } } }));
    if (!result) return;
    // Success: now (and only now) the typed passwords are no longer needed.
    setCurrentPassword('');
    setNewPassword('');
    setPasswordRepeat('');
    setChanged(true);
  }

  return (
    <section className="stack" aria-labelledby="change-password-heading">
      <h2 className="kern-heading-medium" id="change-password-heading">
        {t('account.changePasswordHeading')}
      </h2>
      {error && <ErrorAlert error={error} formFields={FIELDS} />}
      {changed && <SuccessPanel title={t('account.passwordChanged')} />}
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <TextField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('fields.currentPassword.label')}
          value={currentPassword}
          onChange={setCurrentPassword}
          error={fieldErrors.currentPassword}
        />
        <NewPasswordFields
          newPassword={newPassword}
          passwordRepeat={passwordRepeat}
          onNewPasswordChange={setNewPassword}
          onPasswordRepeatChange={setPasswordRepeat}
          errors={fieldErrors}
        />
        <div>
          <SubmitButton label={t('account.changePasswordSubmit')} busy={busy} />
        </div>
      </form>
    </section>
  );
}

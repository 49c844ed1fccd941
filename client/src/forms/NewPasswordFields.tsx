import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';

interface NewPasswordFieldsProps {
  newPassword: string;
  passwordRepeat: string;
  onNewPasswordChange: (value: string) => void;
  onPasswordRepeatChange: (value: string) => void;
  errors: Record<string, string>;
}

/** "New password" and "repeat new password", used by reset and change password. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t('fields.newPassword.label')}
        hint={t('fields.newPassword.hint')}
        value={props.newPassword}
        onChange={props.onNewPasswordChange}
        error={props.errors.newPassword}
      />
      <TextField
        name="passwordRepeat"
        type="password"
        autoComplete="new-password"
        label={t('fields.passwordRepeat.label')}
        value={props.passwordRepeat}
        onChange={props.onPasswordRepeatChange}
        error={props.errors.passwordRepeat}
      />
    </>
  );
}

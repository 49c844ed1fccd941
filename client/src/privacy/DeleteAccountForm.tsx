import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { signOut } from '../auth/sessionStore';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';
import { DELETE_MY_ACCOUNT, RETENTION_SUMMARY } from './operations';

const FIELDS = ['currentPassword', 'confirm'] as const;

/** Art. 17: deleting the account after re-entering the password and confirming. */
export function DeleteAccountForm() {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [currentPassword, setCurrentPassword] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [deleteMyAccount] = useMutation(DELETE_MY_ACCOUNT);
  const { data } = useQuery(RETENTION_SUMMARY);
  const { busy, error, setError, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...emptyFields({ currentPassword }, tc('validation.required')),
      ...(confirm ? [] : [{ field: 'confirm', message: tc('validation.required'), constraint: 'required' }]),
    ];
    const invalid = clientValidationError(problems, tc('validation.summary'));
    if (invalid) return setError(invalid);
    const result = await run(() => deleteMyAccount({ variables: { input: { password: currentPassword } } }));
    if (!result) return;
    signOut();
    void navigate('/', { replace: true, state: { notice: t('delete.done') } });
  }

  return (
    <section className="stack" aria-labelledby="delete-heading">
      <h2 className="kern-heading-medium" id="delete-heading">
        {t('delete.heading')}
      </h2>
      <p className="kern-body">{t('delete.text')}</p>
      {data && (
        <p className="kern-body">
          {t('delete.kept', { caseYears: data.retentionSummary.caseRecordYears, paymentYears: data.retentionSummary.paymentYears })}
        </p>
      )}
      {error && <ErrorAlert error={error} formFields={FIELDS} />}
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <TextField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('delete.password')}
          value={currentPassword}
          onChange={setCurrentPassword}
          error={fieldErrors.currentPassword}
        />
        <CheckboxField name="confirm" label={t('delete.confirm')} checked={confirm} onChange={setConfirm} error={fieldErrors.confirm} />
        <SubmitButton label={t('delete.submit')} busy={busy} />
      </form>
    </section>
  );
}

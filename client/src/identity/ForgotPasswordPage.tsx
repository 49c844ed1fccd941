import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { REQUEST_PASSWORD_RESET } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';
import { usePageTitle } from '../i18n/usePageTitle';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [requestReset] = useMutation(REQUEST_PASSWORD_RESET);
  const { busy, error, setError, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(emptyFields({ email }, t('validation.required')), t('validation.summary'));
    if (invalid) return setError(invalid);
    const result = await run(() => requestReset({ variables: { email: email.trim() } }));
    if (result) setSent(true);
  }

  return (
    <div className="narrow stack">
      <h1 className="kern-heading-x-large">{t('forgotPassword.title')}</h1>
      {sent ? (
        <SuccessPanel title={t('forgotPassword.sent')} />
      ) : (
        <>
          <p className="kern-body">{t('forgotPassword.intro')}</p>
          {error && <ErrorAlert error={error} formFields={['email']} />}
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
            <div>
              <SubmitButton label={t('forgotPassword.submit')} busy={busy} />
            </div>
          </form>
        </>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/login">
          {t('forgotPassword.backToLogin')}
        </Link>
      </p>
    </div>
  );
}

import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RESEND_VERIFICATION_EMAIL } from '../identity/operations';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';
import { ErrorAlert } from './ErrorAlert';
import { SubmitButton } from './SubmitButton';
import { SuccessPanel } from './SuccessPanel';
import { TextField } from './TextField';

/** Asks for the e-mail address and sends a new verification link (neutral answer). */
export function ResendVerificationForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [resend] = useMutation(RESEND_VERIFICATION_EMAIL);
  const { busy, error, setError, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(emptyFields({ email }, t('validation.required')), t('validation.summary'));
    if (invalid) return setError(invalid);
    const result = await run(() => resend({ variables: { email: email.trim() } }));
    if (result) setSent(true);
  }

  if (sent) return <SuccessPanel title={t('resendVerification.neutralSent')} />;

  return (
    <section className="stack" aria-labelledby="resend-verification-heading">
      <h2 className="kern-heading-medium" id="resend-verification-heading">
        {t('resendVerification.formTitle')}
      </h2>
      <p className="kern-body">{t('resendVerification.formIntro')}</p>
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
          <SubmitButton label={t('resendVerification.submit')} busy={busy} />
        </div>
      </form>
    </section>
  );
}

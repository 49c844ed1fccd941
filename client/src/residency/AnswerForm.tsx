import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWER_RESIDENCY_INFO_REQUEST } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';

/** The applicant's answer to the office's question; the application then goes back to the office. */
export function AnswerForm({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('residency');
  const { t: tc } = useTranslation();
  const [message, setMessage] = useState('');
  const [answer] = useMutation(ANSWER_RESIDENCY_INFO_REQUEST);
  const { busy, error, setError, run } = useFormSubmission();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(emptyFields({ message }, tc('validation.required')), tc('validation.summary'));
    if (invalid) return setError(invalid);
    const result = await run(() => answer({ variables: { input: { applicationId, message: message.trim() } } }));
    if (result?.data) setMessage('');
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate data-testid="answer-form">
      {error && <ErrorAlert error={error} formFields={['message']} />}
      <TextAreaField
        name="message"
        label={t('answer.label')}
        hint={t('answer.hint')}
        value={message}
        onChange={setMessage}
        error={fieldErrorsOf(error).message}
        maxLength={2000}
      />
      <div>
        <SubmitButton label={t('answer.submit')} busy={busy} />
      </div>
    </form>
  );
}

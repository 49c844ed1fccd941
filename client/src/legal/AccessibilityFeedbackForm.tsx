import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { clientValidationError, fieldErrorsOf } from '../forms/validation';
import { SUBMIT_ACCESSIBILITY_FEEDBACK } from './operations';

const FIELDS = ['message', 'pageUrl', 'email'];

/** The feedback mechanism of the accessibility statement: anonymous, or with an e-mail address for an answer. */
export function AccessibilityFeedbackForm() {
  const { t } = useTranslation('legal');
  const [message, setMessage] = useState('');
  const [pageUrl, setPageUrl] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [reference, setReference] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SUBMIT_ACCESSIBILITY_FEEDBACK);
  const errors = fieldErrorsOf(error);

  async function send(event: FormEvent) {
    event.preventDefault();
    const tooShort =
      message.trim().length < 10 ? [{ field: 'message', message: t('feedback.messageTooShort'), constraint: 'min_length' }] : [];
    const problem = clientValidationError(tooShort, t('feedback.check'));
    setError(problem);
    if (problem) return;
    try {
      const { data } = await submit({ variables: { input: { message, pageUrl: pageUrl || null, email: email || null } } });
      setReference(data?.submitAccessibilityFeedback.reference ?? null);
      setMessage('');
      setPageUrl('');
      setEmail('');
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <div className="stack" data-testid="accessibility-feedback">
      {reference && (
        <div data-testid="accessibility-feedback-sent">
          <SuccessPanel title={t('feedback.sentTitle')}>
            <p className="kern-body">
              {t('feedback.sent')} <span dir="ltr">{reference}</span>
            </p>
          </SuccessPanel>
        </div>
      )}
      {error && <ErrorAlert error={error} formFields={FIELDS} />}
      <form className="stack" onSubmit={(event) => void send(event)} noValidate data-testid="accessibility-feedback-form">
        <TextAreaField
          name="message"
          label={t('feedback.message')}
          hint={t('feedback.messageHint')}
          value={message}
          onChange={setMessage}
          error={errors.message}
          rows={6}
          maxLength={5000}
        />
        <TextField
          name="pageUrl"
          label={t('feedback.pageUrl')}
          hint={t('feedback.pageUrlHint')}
          value={pageUrl}
          onChange={setPageUrl}
          error={errors.pageUrl}
        />
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={t('feedback.email')}
          hint={t('feedback.emailHint')}
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <SubmitButton label={loading ? t('feedback.sending') : t('feedback.submit')} busy={loading} />
      </form>
    </div>
  );
}

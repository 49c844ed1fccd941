import { useMutation } from '@apollo/client/react';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';
import { formatDateTime } from '../utils/formatDate';
import { ANSWER_BANK_DOCUMENT_REQUEST, BANK_ACCOUNT_PAGE, type BankDocumentRequest } from './operations';
import { uploadBankDocument } from './uploadBankDocument';

/** The bank's request for documents, and the representative's answer with an optional file. */
export function DocumentRequestAnswer({ request }: { request: BankDocumentRequest }) {
  const { t, i18n } = useTranslation('banking');
  const { t: tc } = useTranslation();
  const id = useId();
  const [message, setMessage] = useState('');
  const [attachment, setAttachment] = useState(request.attachment);
  const [answer] = useMutation(ANSWER_BANK_DOCUMENT_REQUEST, { refetchQueries: [BANK_ACCOUNT_PAGE] });
  const sending = useFormSubmission();
  const uploading = useFormSubmission();

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const updated = await uploading.run(() => uploadBankDocument(request.id, file));
    const mine = updated?.documentRequests.find((candidate) => candidate.id === request.id);
    if (mine) setAttachment(mine.attachment);
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(emptyFields({ message }, tc('validation.required')), tc('validation.summary'));
    if (invalid) return sending.setError(invalid);
    await sending.run(() => answer({ variables: { input: { documentRequestId: request.id, message: message.trim() } } }));
  }

  return (
    <section
      className="stack bank-document-request"
      aria-labelledby={`${id}-heading`}
      data-testid="bank-document-request"
      data-status={request.status}
    >
      <h3 className="kern-heading-small" id={`${id}-heading`}>
        {t('documents.heading')}
      </h3>
      <div>
        <p className="kern-label">{t('documents.bankMessage')}</p>
        <blockquote className="kern-body bank-message">{request.bankMessage}</blockquote>
      </div>
      {request.status === 'answered' ? (
        <div className="stack-small">
          <p className="kern-body">{request.answerText}</p>
          {request.attachment && <p className="kern-body--small">{t('documents.attached', { fileName: request.attachment.fileName })}</p>}
          <p className="kern-body--small">
            {request.answeredAt && t('documents.answered', { date: formatDateTime(request.answeredAt, i18n.language) })}{' '}
            {request.forwardedAt ? t('documents.forwarded') : t('documents.notYetForwarded')}
          </p>
        </div>
      ) : (
        <form className="stack" onSubmit={handleSubmit} noValidate data-testid="bank-document-answer">
          {sending.error && <ErrorAlert error={sending.error} formFields={['message']} />}
          {uploading.error && <ErrorAlert error={uploading.error} />}
          <TextAreaField
            name="message"
            label={t('documents.answerLabel')}
            hint={t('documents.answerHint')}
            value={message}
            onChange={setMessage}
            error={fieldErrorsOf(sending.error).message}
            maxLength={2000}
          />
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-file`}>
              {t('documents.fileLabel')}
            </label>
            <input
              className="kern-form-input__input"
              type="file"
              id={`${id}-file`}
              accept="application/pdf,image/jpeg,image/png"
              onChange={(event) => void handleFile(event)}
              data-testid="bank-document-file"
            />
            {uploading.busy && <p className="kern-body--small">{t('documents.uploading')}</p>}
            {attachment && (
              <p className="kern-body--small" data-testid="bank-document-attached">
                {t('documents.attached', { fileName: attachment.fileName })}
              </p>
            )}
          </div>
          <div>
            <SubmitButton label={t('documents.submit')} busy={sending.busy || uploading.busy} />
          </div>
        </form>
      )}
    </section>
  );
}

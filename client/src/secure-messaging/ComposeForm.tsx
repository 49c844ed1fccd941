import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField, inputClass } from '../components/FormField';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { useFormSubmission } from '../forms/useFormSubmission';

export interface ComposedMessage {
  subject: string;
  body: string;
  files: File[];
}

/** Subject (new threads only), text and attachments; `onSend` signs and sends. */
export function ComposeForm({
  withSubject,
  submitLabel,
  onSend,
}: {
  withSubject: boolean;
  submitLabel: string;
  onSend: (message: ComposedMessage) => Promise<unknown>;
}) {
  const { t } = useTranslation('secure-messaging');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [formKey, setFormKey] = useState(0);
  const { busy, error, run } = useFormSubmission();
  const fields = ['subject', 'body'];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await run(async () => {
      await onSend({ subject, body, files });
      return true;
    });
    if (sent) {
      setSubject('');
      setBody('');
      setFiles([]);
      setFormKey((key) => key + 1);
    }
  };
  const fieldError = (name: string) => error?.details.find((detail) => detail.field === name)?.message;

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate data-testid="compose-form" key={formKey}>
      {error && <ErrorAlert error={error} formFields={fields} />}
      {withSubject && (
        <FormField name="subject" label={t('compose.subject')} error={fieldError('subject')}>
          {(control) => (
            <input
              {...control}
              className={inputClass(fieldError('subject'))}
              name="subject"
              maxLength={200}
              value={subject}
              onChange={(event) => setSubject(event.target.value)}
              data-testid="message-subject"
            />
          )}
        </FormField>
      )}
      <TextAreaField
        name="body"
        label={t('compose.body')}
        value={body}
        onChange={setBody}
        rows={6}
        maxLength={20000}
        error={fieldError('body')}
      />
      <FormField name="attachments" label={t('compose.attachments')} hint={t('compose.attachmentsHint')}>
        {(control) => (
          <input
            {...control}
            className="kern-form-input__input"
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png"
            data-testid="message-attachments"
            onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
          />
        )}
      </FormField>
      <SubmitButton label={submitLabel} busy={busy} />
    </form>
  );
}

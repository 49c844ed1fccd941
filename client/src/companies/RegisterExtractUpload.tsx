import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authorizedFetch, openProtectedFile } from '../api/restFiles';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { useFormSubmission } from '../forms/useFormSubmission';
import type { RegisterExtract } from './operations';

/** Upload (PDF, JPEG or PNG, checked by the server by content) and view of the company's register extract. */
export function RegisterExtractUpload({
  companyId,
  current,
  onUploaded,
}: {
  companyId: string;
  current: RegisterExtract | null;
  onUploaded: () => void;
}) {
  const { t } = useTranslation('companies');
  const submission = useFormSubmission();
  const [file, setFile] = useState<File | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    void submission.run(async () => {
      const body = new FormData();
      body.append('file', file, file.name);
      await authorizedFetch(`/api/companies/${encodeURIComponent(companyId)}/register-extract`, { method: 'POST', body });
      setFile(null);
      onUploaded();
    });
  };

  return (
    <section className="stack" aria-labelledby="extract-heading" data-testid="register-extract">
      <h2 className="kern-heading-medium" id="extract-heading">
        {t('profile.extractHeading')}
      </h2>
      <p className="kern-body">{t('profile.extractIntro')}</p>
      {current && (
        <p className="kern-body">
          {t('profile.extractCurrent', { name: current.fileName })}{' '}
          <button type="button" className="kern-link" onClick={() => void openProtectedFile(current.downloadPath, current.fileName)}>
            {t('profile.extractDownload')}
          </button>
        </p>
      )}
      <form className="stack" onSubmit={submit}>
        {submission.error && <ErrorAlert error={submission.error} />}
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="register-extract-file">
            {t('profile.extractFile')}
          </label>
          <input
            id="register-extract-file"
            className="kern-form-input__input"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            data-testid="register-extract-file"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <div>
          <SubmitButton label={t('profile.extractUpload')} busy={submission.busy} />
        </div>
      </form>
    </section>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../api/appError';
import { EVIDENCE_KINDS, type EvidenceKind } from './operations';
import { uploadEvidence } from '../api/uploadEvidence';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/SelectField';
import { SuccessPanel } from '../components/SuccessPanel';
import { toAppError } from '../api/appError';

interface EvidenceUploaderProps {
  applicationId: string;
  expectedKind: EvidenceKind;
  onUploaded: () => void;
}

/** Choose what the document proves and the file; one file per upload. The server checks type and size by content. */
export function EvidenceUploader({ applicationId, expectedKind, onUploaded }: EvidenceUploaderProps) {
  const { t } = useTranslation('residency');
  const [kind, setKind] = useState<EvidenceKind>(expectedKind);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setUploaded(null);
    if (!file) return setError({ code: 'BAD_USER_INPUT', message: t('evidence.chooseFile'), details: [] });
    setBusy(true);
    setError(null);
    try {
      const document = await uploadEvidence(applicationId, kind, file);
      setUploaded(document.fileName);
      setFile(null);
      if (input.current) input.current.value = '';
      onUploaded();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate data-testid="evidence-uploader">
      {error && <ErrorAlert error={error} />}
      {uploaded && <SuccessPanel title={t('evidence.uploaded', { name: uploaded })} />}
      <SelectField
        name="evidenceKind"
        label={t('evidence.kind')}
        value={kind}
        onChange={(value) => setKind(value as EvidenceKind)}
        options={EVIDENCE_KINDS.map((value) => ({ value, label: t(`evidenceKinds.${value}`) }))}
      />
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`evidence-file-${applicationId}`}>
          {t('evidence.file')}
        </label>
        <div className="kern-hint" id={`evidence-file-${applicationId}-hint`}>
          {t('evidence.fileHint')}
        </div>
        <input
          ref={input}
          className="kern-form-input__input"
          id={`evidence-file-${applicationId}`}
          type="file"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-describedby={`evidence-file-${applicationId}-hint`}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          data-testid="evidence-file"
        />
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary" aria-busy={busy || undefined} data-testid="upload-evidence">
          <span className="kern-icon kern-icon--drive-folder-upload" aria-hidden="true" />
          <span className="kern-label">{busy ? t('evidence.uploading') : t('evidence.upload')}</span>
        </button>
      </div>
    </form>
  );
}

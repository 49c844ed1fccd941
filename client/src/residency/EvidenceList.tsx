import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openProtectedFile } from '../api/restFiles';
import type { AppError } from '../api/appError';
import type { EvidenceDocument } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { toAppError } from '../api/appError';

interface EvidenceListProps {
  documents: EvidenceDocument[];
  /** Shown for drafts: removes a document. */
  onRemove?: (id: string) => void;
}

const sizeOf = (bytes: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1024) + ' KB';

/** The application's documents; each opens through an authorised download. */
export function EvidenceList({ documents, onRemove }: EvidenceListProps) {
  const { t, i18n } = useTranslation('residency');
  const [error, setError] = useState<AppError | null>(null);

  async function open(document: EvidenceDocument) {
    setError(null);
    try {
      await openProtectedFile(document.downloadPath, document.fileName);
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  if (documents.length === 0)
    return (
      <p className="kern-body" data-testid="no-evidence">
        {t('evidence.none')}
      </p>
    );
  return (
    <div className="stack">
      {error && <ErrorAlert error={error} />}
      <ul className="evidence-list">
        {documents.map((document) => (
          <li key={document.id} className="evidence-list__item" data-testid="evidence-item">
            <span className="kern-body">
              <strong>{t(`evidenceKinds.${document.kind}`)}</strong>: {document.fileName}{' '}
              <span className="kern-body--muted">({sizeOf(document.sizeBytes, i18n.language)})</span>
            </span>
            <span className="button-row">
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void open(document)} data-testid="open-evidence">
                <span className="kern-icon kern-icon--download" aria-hidden="true" />
                <span className="kern-label">{t('evidence.open')}</span>
              </button>
              {onRemove && (
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary"
                  onClick={() => onRemove(document.id)}
                  data-testid="remove-evidence"
                >
                  <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                  <span className="kern-label">{t('evidence.remove')}</span>
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

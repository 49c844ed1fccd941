import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openProtectedFile } from '../api/restFiles';

const FORMATS = ['json', 'pdf'] as const;

/** Art. 15: the person's data as JSON and as a PDF in their language, made on request. */
export function DownloadMyData() {
  const { t } = useTranslation('privacy');
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  async function download(format: (typeof FORMATS)[number]) {
    setBusy(format);
    setFailed(false);
    try {
      await openProtectedFile(`/api/privacy/my-data.${format}`, `my-data.${format}`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="stack" aria-labelledby="download-heading">
      <h2 className="kern-heading-medium" id="download-heading">
        {t('download.heading')}
      </h2>
      <p className="kern-body">{t('download.text')}</p>
      <div className="cluster">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => void download(format)}
            aria-busy={busy === format || undefined}
            data-testid={`download-${format}`}
          >
            <span className="kern-label">{t(`download.${format}`)}</span>
          </button>
        ))}
      </div>
      {failed && (
        <p className="kern-error" role="alert">
          <span className="kern-body">{t('download.error')}</span>
        </p>
      )}
    </section>
  );
}

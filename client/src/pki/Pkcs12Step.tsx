import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/Alert';
import { FormField, inputClass } from '../components/FormField';
import { fetchChainPems, type Certificate } from './operations';
import { pkcs12Of, type PendingKey } from './keyPair';

export const PKCS12_MIN_PASSWORD = 12;

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Offers the new key with its certificate as a password-protected PKCS#12 file (the only copy
 * outside this browser); `onDone` throws the extractable key material away.
 */
export function Pkcs12Step({ pending, certificate, onDone }: { pending: PendingKey; certificate: Certificate; onDone: () => void }) {
  const { t } = useTranslation('pki');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const passwordError = problem === 'short' ? t('pkcs12.tooShort', { min: PKCS12_MIN_PASSWORD }) : undefined;
  const repeatError = problem === 'mismatch' ? t('pkcs12.mismatch') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PKCS12_MIN_PASSWORD) return setProblem('short');
    if (password !== repeat) return setProblem('mismatch');
    setProblem(null);
    setBusy(true);
    try {
      const { rootPem, issuingPem } = await fetchChainPems();
      // Let the browser paint "busy" before forge's synchronous encryption.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const blob = pkcs12Of(pending, certificate.pem, [issuingPem, rootPem], password, t('pkcs12.friendlyName'));
      saveBlob(blob, `signature-certificate-${certificate.serialNumber}.p12`);
      setSaved(true);
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby="pkcs12-heading" data-testid="pkcs12-step">
      <h2 id="pkcs12-heading" className="kern-heading-medium">
        {t('pkcs12.title')}
      </h2>
      <p className="kern-body">{t('pkcs12.intro')}</p>
      {problem === 'failed' && <Alert variant="danger" role="alert" title={t('pkcs12.failed')} />}
      {saved && <Alert variant="success" role="status" title={t('pkcs12.saved')} testId="pkcs12-saved" />}
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <FormField
          name="pkcs12-password"
          label={t('pkcs12.password')}
          hint={t('pkcs12.passwordHint', { min: PKCS12_MIN_PASSWORD })}
          error={passwordError}
        >
          {(control) => (
            <input
              {...control}
              className={inputClass(passwordError)}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="pkcs12-password"
            />
          )}
        </FormField>
        <FormField name="pkcs12-password-repeat" label={t('pkcs12.repeat')} error={repeatError}>
          {(control) => (
            <input
              {...control}
              className={inputClass(repeatError)}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
              data-testid="pkcs12-password-repeat"
            />
          )}
        </FormField>
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" aria-busy={busy || undefined} data-testid="pkcs12-download">
            <span className="kern-label">{busy ? t('pkcs12.preparing') : t('pkcs12.download')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onDone} data-testid="pkcs12-done">
            <span className="kern-label">{saved ? t('pkcs12.done') : t('pkcs12.skip')}</span>
          </button>
        </div>
      </form>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authorizedFetch } from '../api/restFiles';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField } from '../components/FormField';
import { SubmitButton } from '../components/SubmitButton';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatDateTime } from '../utils/formatDate';

interface SignatureCheck {
  verdict: 'valid' | 'invalid' | 'revoked' | 'unknown_signer';
  reason: string | null;
  signedAt: string | null;
  checkedAt: string;
  validAtSigningTime: boolean;
  certificateStatus: 'good' | 'revoked' | 'unknown' | null;
  revokedAt: string | null;
  revocationReason: string | null;
  contentEmbedded: boolean;
  signer: {
    commonName: string | null;
    organization: string | null;
    serialNumber: string;
    notBefore: string;
    notAfter: string;
    issuer: string;
  } | null;
}

const VARIANT = { valid: 'success', invalid: 'danger', revoked: 'danger', unknown_signer: 'warning' } as const;

/** Anyone can check a document and its detached signature (.p7s), or a .p7m that carries the document. */
export function VerifySignaturePage() {
  const { t, i18n } = useTranslation('pki');
  usePageTitle(t('verify.title'));
  const [document, setDocument] = useState<File | null>(null);
  const [signature, setSignature] = useState<File | null>(null);
  const [result, setResult] = useState<SignatureCheck | null>(null);
  const { busy, error, run } = useFormSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const checked = await run(async () => {
      const form = new FormData();
      if (signature) form.append('signature', signature, signature.name);
      if (document) form.append('document', document, document.name);
      return (await (await authorizedFetch('/api/signatures/verify', { method: 'POST', body: form })).json()) as SignatureCheck;
    });
    if (checked) setResult(checked);
  };
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');

  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('verify.title')}</h1>
        <p className="kern-body">{t('verify.intro')}</p>
      </div>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {error && <ErrorAlert error={error} />}
        <FormField name="signature" label={t('verify.signature')} hint={t('verify.signatureHint')}>
          {(control) => (
            <input
              {...control}
              className="kern-form-input__input"
              type="file"
              accept=".p7s,.p7m,.pem,.p7b,application/pkcs7-signature,application/pkcs7-mime"
              onChange={(event) => setSignature(event.target.files?.[0] ?? null)}
              data-testid="verify-signature-file"
            />
          )}
        </FormField>
        <FormField name="document" label={t('verify.document')} hint={t('verify.documentHint')}>
          {(control) => (
            <input
              {...control}
              className="kern-form-input__input"
              type="file"
              onChange={(event) => setDocument(event.target.files?.[0] ?? null)}
              data-testid="verify-document-file"
            />
          )}
        </FormField>
        <SubmitButton label={t('verify.submit')} busy={busy} />
      </form>
      {result && (
        <Alert variant={VARIANT[result.verdict]} role="status" title={t(`verify.verdict.${result.verdict}`)} testId="verify-result">
          <dl className="kern-description-list" data-verdict={result.verdict} data-testid="verify-details">
            {result.reason && (
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('verify.why')}</dt>
                <dd className="kern-description-list-item__value">
                  {t(`verify.reasons.${result.reason}` as 'verify.reasons.bad_signature', { defaultValue: result.reason })}
                </dd>
              </div>
            )}
            {result.signer && (
              <>
                <div className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{t('verify.signer')}</dt>
                  <dd className="kern-description-list-item__value" data-testid="verify-signer">
                    {result.signer.commonName ?? '—'}
                    {result.signer.organization && `, ${result.signer.organization}`}
                  </dd>
                </div>
                <div className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{t('details.serial')}</dt>
                  <dd className="kern-description-list-item__value">{result.signer.serialNumber}</dd>
                </div>
                <div className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{t('details.validity')}</dt>
                  <dd className="kern-description-list-item__value">
                    {t('details.validityRange', { from: when(result.signer.notBefore), to: when(result.signer.notAfter) })}
                  </dd>
                </div>
              </>
            )}
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('verify.signedAt')}</dt>
              <dd className="kern-description-list-item__value">{result.signedAt ? when(result.signedAt) : t('verify.noSigningTime')}</dd>
            </div>
            {result.signer && (
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('verify.validAtSigning')}</dt>
                <dd className="kern-description-list-item__value">{result.validAtSigningTime ? t('verify.yes') : t('verify.no')}</dd>
              </div>
            )}
            {result.certificateStatus && (
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('verify.revocation')}</dt>
                <dd className="kern-description-list-item__value" data-testid="verify-revocation">
                  {result.certificateStatus === 'revoked'
                    ? t('verify.revokedSince', { time: when(result.revokedAt) })
                    : t(`verify.certificateStatus.${result.certificateStatus}`)}
                </dd>
              </div>
            )}
          </dl>
        </Alert>
      )}
    </div>
  );
}

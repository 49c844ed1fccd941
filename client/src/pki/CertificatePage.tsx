import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { toAppError, type AppError } from '../api/appError';
import { useJourneyActivity } from '../companies/useJourneyActivity';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { CertificateDetails } from './CertificateDetails';
import { createKeyAndCsr, discard, nonExtractableSigningKey, type PendingKey } from './keyPair';
import { saveSigningKey, storedSerials } from './keyStore';
import { Pkcs12Step } from './Pkcs12Step';
import { COMPANY_CERTIFICATES, REQUEST_CERTIFICATE, type Certificate } from './operations';
import { BackToJourney } from '../companies/BackToJourney';
import { RaiseAssuranceLink } from '../identity-verification/RaiseAssuranceLink';

type Phase = { kind: 'idle' } | { kind: 'generating' } | { kind: 'requesting' } | { kind: 'issued'; certificate: Certificate };

/** The certificate step: a key pair and CSR made in this browser, the certificate, its PKCS#12 backup, revocation and renewal. */
export function CertificatePage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation('pki');
  usePageTitle(t('certificate.title'));
  useJourneyActivity(companyId);
  const certificates = useQuery(COMPANY_CERTIFICATES, { variables: { companyId }, fetchPolicy: 'cache-and-network' });
  const [requestCertificate] = useMutation(REQUEST_CERTIFICATE);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<AppError | null>(null);
  const [deviceSerials, setDeviceSerials] = useState<string[]>([]);
  // The request in flight survives a failed attempt: a retry sends the same CSR under the same key.
  const pending = useRef<{ key: PendingKey; idempotencyKey: string } | null>(null);

  const refreshDeviceSerials = () => void storedSerials().then(setDeviceSerials, () => setDeviceSerials([]));
  useEffect(refreshDeviceSerials, []);
  useEffect(() => () => discard(pending.current?.key ?? null), []);

  const request = async () => {
    setError(null);
    try {
      if (!pending.current) {
        setPhase({ kind: 'generating' });
        pending.current = { key: await createKeyAndCsr('e-Residency Bochum'), idempotencyKey: crypto.randomUUID() };
      }
      setPhase({ kind: 'requesting' });
      const { data } = await requestCertificate({
        variables: { input: { companyId, csrPem: pending.current.key.csrPem, idempotencyKey: pending.current.idempotencyKey } },
      });
      const certificate = data!.requestCertificate;
      await saveSigningKey(certificate.serialNumber, await nonExtractableSigningKey(pending.current.key));
      refreshDeviceSerials();
      await certificates.refetch();
      setPhase({ kind: 'issued', certificate });
    } catch (caught) {
      setError(toAppError(caught));
      setPhase({ kind: 'idle' });
    }
  };

  const finish = () => {
    discard(pending.current?.key ?? null);
    pending.current = null;
    setPhase({ kind: 'idle' });
  };

  const list = certificates.data?.companyCertificates ?? [];
  const hasActive = list.some((certificate) => certificate.status === 'active');
  const working = phase.kind === 'generating' || phase.kind === 'requesting';

  return (
    <div className="stack-large">
      <BackToJourney companyId={companyId} />
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('certificate.title')}</h1>
        <p className="kern-body">{t('certificate.intro')}</p>
        <p className="kern-body">{t('certificate.privateKey')}</p>
      </div>
      {certificates.error && <ErrorAlert error={toAppError(certificates.error)} />}
      {certificates.loading && !certificates.data && <LoadingIndicator />}
      {error && <ErrorAlert error={error} />}
      {error?.code === 'ASSURANCE_TOO_LOW' && (
        <div>
          <RaiseAssuranceLink companyId={companyId} />
        </div>
      )}

      {phase.kind === 'issued' && pending.current ? (
        <>
          <Alert
            variant="success"
            role="status"
            title={t('certificate.issued', { serial: phase.certificate.serialNumber })}
            testId="certificate-issued"
          />
          <Pkcs12Step pending={pending.current.key} certificate={phase.certificate} onDone={finish} />
        </>
      ) : (
        <section className="stack" aria-labelledby="request-heading">
          <h2 id="request-heading" className="kern-heading-medium">
            {hasActive ? t('certificate.renewTitle') : t('certificate.requestTitle')}
          </h2>
          <p className="kern-body">{hasActive ? t('certificate.renewIntro') : t('certificate.requestIntro')}</p>
          {working && (
            <p className="kern-body" role="status" data-testid="certificate-working">
              {phase.kind === 'generating' ? t('certificate.generating') : t('certificate.requesting')}
            </p>
          )}
          <div>
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              disabled={working}
              onClick={() => void request()}
              data-testid="certificate-request"
            >
              <span className="kern-label">
                {error && pending.current ? t('certificate.retry') : hasActive ? t('certificate.renew') : t('certificate.request')}
              </span>
            </button>
          </div>
        </section>
      )}

      {list.length > 0 && (
        <section className="stack" aria-labelledby="certificates-heading">
          <h2 id="certificates-heading" className="kern-heading-medium">
            {t('certificate.yours')}
          </h2>
          <ul className="stack" data-testid="certificates">
            {list.map((certificate) => (
              <CertificateDetails
                key={certificate.id}
                certificate={certificate}
                onThisDevice={deviceSerials.includes(certificate.serialNumber.toLowerCase())}
                onChanged={() => void certificates.refetch()}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

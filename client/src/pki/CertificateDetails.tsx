import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/SelectField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { formatDateTime } from '../utils/formatDate';
import { REVOKE_MY_CERTIFICATE, type Certificate, type HolderRevocationReason } from './operations';

const REASONS: HolderRevocationReason[] = ['key_compromise', 'cessation_of_operation', 'superseded'];

/** One certificate: subject, serial, validity and status; the holder may revoke an active one. */
export function CertificateDetails({
  certificate,
  onThisDevice,
  onChanged,
}: {
  certificate: Certificate;
  onThisDevice: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('pki');
  const [revoke] = useMutation(REVOKE_MY_CERTIFICATE);
  const [reason, setReason] = useState<HolderRevocationReason>('key_compromise');
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useFormSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(() => revoke({ variables: { input: { certificateId: certificate.id, reason } } }));
    if (done) {
      setConfirming(false);
      onChanged();
    }
  };

  return (
    <li
      className="kern-card kern-card--surface"
      data-testid="certificate"
      data-serial={certificate.serialNumber}
      data-status={certificate.status}
    >
      <div className="kern-card__container stack-small">
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('details.subject')}</dt>
            <dd className="kern-description-list-item__value">{certificate.subjectDn}</dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('details.serial')}</dt>
            <dd className="kern-description-list-item__value" data-testid="certificate-serial">
              {certificate.serialNumber}
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('details.validity')}</dt>
            <dd className="kern-description-list-item__value">
              {t('details.validityRange', {
                from: formatDateTime(certificate.notBefore, i18n.language),
                to: formatDateTime(certificate.notAfter, i18n.language),
              })}
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('details.status')}</dt>
            <dd className="kern-description-list-item__value" data-testid="certificate-status">
              {t(`status.${certificate.status}`)}
              {certificate.revokedAt && ` · ${t('details.revokedAt', { time: formatDateTime(certificate.revokedAt, i18n.language) })}`}
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('details.device')}</dt>
            <dd className="kern-description-list-item__value">{onThisDevice ? t('details.keyHere') : t('details.keyElsewhere')}</dd>
          </div>
        </dl>
        {certificate.status === 'active' && !confirming && (
          <div>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => setConfirming(true)}
              data-testid="certificate-revoke-start"
            >
              <span className="kern-label">{t('revoke.start')}</span>
            </button>
          </div>
        )}
        {certificate.status === 'active' && confirming && (
          <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
            {error && <ErrorAlert error={error} />}
            <p className="kern-body">{t('revoke.warning')}</p>
            <SelectField
              name="revocation-reason"
              label={t('revoke.reason')}
              value={reason}
              options={REASONS.map((value) => ({ value, label: t(`revoke.reasons.${value}`) }))}
              onChange={(value) => setReason(value as HolderRevocationReason)}
            />
            <div className="button-row">
              <button type="submit" className="kern-btn kern-btn--primary" aria-busy={busy || undefined} data-testid="certificate-revoke">
                <span className="kern-label">{t('revoke.confirm')}</span>
              </button>
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setConfirming(false)}>
                <span className="kern-label">{t('revoke.cancel')}</span>
              </button>
            </div>
          </form>
        )}
      </div>
    </li>
  );
}

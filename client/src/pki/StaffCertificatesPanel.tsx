import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { formatDateTime } from '../utils/formatDate';
import {
  STAFF_CERTIFICATES,
  STAFF_REVOKE_CERTIFICATE,
  type Certificate,
  type CertificateStatus,
  type RevocationReason,
} from './operations';

const PAGE_SIZE = 20;
const PKI_STAFF_ROLES = ['staff_economic_development', 'admin'];
const STAFF_REASONS: RevocationReason[] = [
  'key_compromise',
  'affiliation_changed',
  'privilege_withdrawn',
  'cessation_of_operation',
  'superseded',
  'unspecified',
];

function StaffRevokeForm({ certificate, onDone }: { certificate: Certificate; onDone: () => void }) {
  const { t } = useTranslation('pki');
  const [revoke] = useMutation(STAFF_REVOKE_CERTIFICATE);
  const [reason, setReason] = useState<RevocationReason>('key_compromise');
  const [note, setNote] = useState('');
  const { busy, error, run } = useFormSubmission();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => revoke({ variables: { input: { certificateId: certificate.id, reason, note } } }))) onDone();
  };
  const noteError = error?.details.find((detail) => detail.field === 'note')?.message;
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {error && <ErrorAlert error={error} formFields={['note']} />}
      <SelectField
        name="staff-revocation-reason"
        label={t('revoke.reason')}
        value={reason}
        options={STAFF_REASONS.map((value) => ({ value, label: t(`staff.reasons.${value}`) }))}
        onChange={(value) => setReason(value as RevocationReason)}
      />
      <TextAreaField name="note" label={t('staff.note')} value={note} onChange={setNote} rows={2} maxLength={1000} error={noteError} />
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" aria-busy={busy || undefined} data-testid="staff-certificate-revoke">
          <span className="kern-label">{t('revoke.confirm')}</span>
        </button>
      </div>
    </form>
  );
}

function CertificateList() {
  const { t, i18n } = useTranslation('pki');
  const [status, setStatus] = useState<CertificateStatus | ''>('active');
  const [serial, setSerial] = useState('');
  const [revoking, setRevoking] = useState<string | null>(null);
  const filter = { ...(status ? { status } : {}), ...(serial.trim() ? { serialNumber: serial.trim() } : {}) };
  const { data, loading, error, fetchMore, refetch } = useQuery(STAFF_CERTIFICATES, {
    variables: { filter, page: { first: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const nodes = data?.certificates.nodes ?? [];
  const pageInfo = data?.certificates.pageInfo;
  const loadMore = () =>
    fetchMore({
      variables: { page: { first: PAGE_SIZE, after: pageInfo?.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        certificates: { ...fetchMoreResult.certificates, nodes: [...previous.certificates.nodes, ...fetchMoreResult.certificates.nodes] },
      }),
    });
  return (
    <>
      <div className="stack">
        <SelectField
          name="certificate-status-filter"
          label={t('details.status')}
          value={status}
          options={[
            { value: '', label: t('staff.all') },
            ...(['active', 'revoked', 'expired'] as const).map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
          onChange={(value) => setStatus(value as CertificateStatus | '')}
        />
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="certificate-serial-filter">
            {t('details.serial')}
          </label>
          <input
            id="certificate-serial-filter"
            className="kern-form-input__input"
            value={serial}
            onChange={(event) => setSerial(event.target.value)}
            spellCheck={false}
            autoCapitalize="none"
          />
        </div>
      </div>
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {data && nodes.length === 0 && <p className="kern-body">{t('staff.empty')}</p>}
      <ul className="stack" data-testid="staff-certificates">
        {nodes.map((certificate) => (
          <li key={certificate.id} className="stack-small" data-testid="staff-certificate" data-status={certificate.status}>
            <p className="kern-body">{certificate.subjectDn}</p>
            <p className="kern-body kern-body--small">
              {certificate.serialNumber} · {t(`status.${certificate.status}`)} ·{' '}
              {t('details.validityRange', {
                from: formatDateTime(certificate.notBefore, i18n.language),
                to: formatDateTime(certificate.notAfter, i18n.language),
              })}
            </p>
            {certificate.status === 'active' &&
              (revoking === certificate.id ? (
                <StaffRevokeForm
                  certificate={certificate}
                  onDone={() => {
                    setRevoking(null);
                    void refetch();
                  }}
                />
              ) : (
                <div>
                  <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setRevoking(certificate.id)}>
                    <span className="kern-label">{t('revoke.start')}</span>
                  </button>
                </div>
              ))}
          </li>
        ))}
      </ul>
      {pageInfo?.hasNextPage && (
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void loadMore()}>
          <span className="kern-label">{t('staff.loadMore')}</span>
        </button>
      )}
    </>
  );
}

/** Staff area panel: the city CA's person certificates, with revocation by staff (economic development and admins). */
export function StaffCertificatesPanel() {
  const { t } = useTranslation('pki');
  const account = useSignedInAccount();
  if (!account.roles.some((role) => PKI_STAFF_ROLES.includes(role))) return null;
  return (
    <section className="kern-card kern-card--surface" aria-labelledby="staff-certificates-heading">
      <div className="kern-card__container stack">
        <h2 className="kern-heading-medium" id="staff-certificates-heading">
          {t('staff.title')}
        </h2>
        <CertificateList />
      </div>
    </section>
  );
}

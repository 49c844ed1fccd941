import { useTranslation } from 'react-i18next';
import { openProtectedFile } from '../api/restFiles';
import { formatDateTime } from '../utils/formatDate';
import type { BankAccountApplication } from './operations';
import { DocumentRequestAnswer } from './DocumentRequestAnswer';

/** One application: its bank, status, the IBAN once opened, the reason when declined, the bank's requests. */
export function BankApplicationCard({ application }: { application: BankAccountApplication }) {
  const { t, i18n } = useTranslation('banking');
  const waiting = application.status === 'requested' || application.status === 'in_review';
  return (
    <article className="stack bank-application" data-testid="bank-application" aria-labelledby={`bank-application-${application.id}`}>
      <h3 className="kern-heading-small" id={`bank-application-${application.id}`}>
        {application.bank.name}
      </h3>
      <p className="kern-body">
        <span className={`bank-status bank-status--${application.status}`} data-testid="bank-status" data-status={application.status}>
          {t(`status.${application.status}`)}
        </span>{' '}
        <span className="kern-body--small">
          {t('applications.since', { date: formatDateTime(application.statusChangedAt, i18n.language) })}
        </span>
      </p>
      {waiting && (
        <p className="kern-body" role="status">
          {t('applications.waiting')}
        </p>
      )}
      {application.status === 'opened' && application.iban && (
        <dl className="bank-facts">
          <dt>{t('applications.iban')}</dt>
          <dd className="bank-iban" data-testid="bank-iban" data-iban={application.iban}>
            {application.ibanFormatted ?? application.iban}
          </dd>
          <dt>{t('applications.bic')}</dt>
          <dd>{application.bank.bic}</dd>
        </dl>
      )}
      {application.status === 'opened' && (
        <p>
          <button
            type="button"
            className="kern-link"
            data-testid="bank-confirmation"
            onClick={() =>
              void openProtectedFile(`/api/banking/applications/${application.id}/account-confirmation`, 'account-confirmation.pdf')
            }
          >
            {t('journey.accountConfirmation')}
          </button>
        </p>
      )}
      {application.status === 'declined' && (
        <div className="stack-small" data-testid="bank-decline">
          <p className="kern-label">{t('applications.declineReason')}</p>
          <p className="kern-body" data-testid="bank-decline-reason">
            {application.declineReason}
          </p>
          <p className="kern-body">{t('applications.declinedNext')}</p>
        </div>
      )}
      {application.documentRequests.map((request) => (
        <DocumentRequestAnswer key={`${request.id}-${request.status}`} request={request} />
      ))}
      <p className="kern-body--small">
        {t('applications.consentGiven', { date: formatDateTime(application.consentGivenAt, i18n.language) })}
        {application.handedOverAt && (
          <>
            {' · '}
            {t('applications.handedOver', { date: formatDateTime(application.handedOverAt, i18n.language) })}
          </>
        )}
        <br />
        <span className="bank-hash">{t('applications.packageHash', { hash: application.kycPackageSha256 })}</span>
      </p>
    </article>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FAILED_EMAILS, RETRY_OUTBOX_EMAIL } from './operations';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDateTime } from '../utils/formatDate';

/** Staff: e-mails that could not be delivered after every retry, with "send again". */
export function FailedEmailsPanel() {
  const { t, i18n } = useTranslation('notifications', { keyPrefix: 'inbox' });
  const { data, error, refetch } = useQuery(FAILED_EMAILS, { fetchPolicy: 'network-only' });
  const [retry, retrying] = useMutation(RETRY_OUTBOX_EMAIL, { onCompleted: () => void refetch() });
  const emails = data?.outboxEmails.nodes ?? [];

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="failed-emails-heading" data-testid="failed-emails">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="failed-emails-heading">
          {t('failedEmails.heading')}
        </h2>
        {error && <ErrorAlert error={toAppError(error)} />}
        {retrying.error && <ErrorAlert error={toAppError(retrying.error)} />}
        {data && emails.length === 0 && <p className="kern-body">{t('failedEmails.none')}</p>}
        {emails.length > 0 && (
          <div className="table-scroll">
            <table className="kern-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t('failedEmails.recipient')}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t('failedEmails.subject')}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t('failedEmails.attempts')}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t('failedEmails.error')}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t('failedEmails.createdAt')}
                  </th>
                  <th className="kern-table__header" scope="col">
                    <span className="visually-hidden">{t('failedEmails.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {emails.map((email) => (
                  <tr className="kern-table__row" key={email.id}>
                    <td className="kern-table__cell">{email.recipient}</td>
                    <td className="kern-table__cell">{email.subject}</td>
                    <td className="kern-table__cell">{email.attempts}</td>
                    <td className="kern-table__cell">{email.lastError}</td>
                    <td className="kern-table__cell">{formatDateTime(email.createdAt, i18n.language)}</td>
                    <td className="kern-table__cell">
                      <button
                        type="button"
                        className="kern-btn kern-btn--secondary"
                        disabled={retrying.loading}
                        onClick={() => void retry({ variables: { id: email.id } })}
                      >
                        <span className="kern-label">{t('failedEmails.retry')}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}

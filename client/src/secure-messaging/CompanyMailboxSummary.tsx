import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { formatDateTime } from '../utils/formatDate';
import { LATEST_OFFICE_MESSAGES } from './operations';
import { VerdictBadge } from './VerdictBadge';

/** The latest messages from the office to a company, each with its signature verdict, and the way to the mailbox. */
export function CompanyMailboxSummary({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation('secure-messaging');
  const { data, loading, error } = useQuery(LATEST_OFFICE_MESSAGES, {
    variables: { companyId, first: 3 },
    // The journey page's dashboard (COMPANY_DASHBOARD) loads these in its own request, and again on every
    // visit: the summary reads them from the cache instead of asking once more after the dashboard.
    fetchPolicy: 'cache-first',
  });
  const messages = data?.latestOfficeMessages ?? [];
  const mailboxPath = `/company/${encodeURIComponent(companyId)}/mailbox`;

  return (
    <section className="stack" aria-labelledby="mailbox-summary-heading" data-testid="mailbox-summary">
      <h2 id="mailbox-summary-heading" className="kern-heading-medium">
        {t('summary.title')}
      </h2>
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {data && messages.length === 0 && <p className="kern-body">{t('summary.empty')}</p>}
      {messages.length > 0 && (
        <ul className="stack" data-testid="mailbox-summary-messages">
          {messages.map((message) => (
            <li key={message.id} className="stack-small">
              <p className="kern-body">
                <Link to={`${mailboxPath}?thread=${encodeURIComponent(message.threadId)}`}>{message.subject}</Link>
              </p>
              <p className="kern-body kern-body--small">
                <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, i18n.language)}</time>{' '}
                <VerdictBadge verdict={message.verdict} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="kern-body">
        <Link to={mailboxPath} data-testid="mailbox-link">
          {t('summary.open')}
        </Link>
      </p>
    </section>
  );
}

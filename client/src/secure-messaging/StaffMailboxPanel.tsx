import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { formatDateTime } from '../utils/formatDate';
import { STAFF_MAILBOX } from './operations';
import { VerdictBadge } from './VerdictBadge';

const PAGE_SIZE = 20;
export const MAILBOX_STAFF_ROLES = ['staff_economic_development', 'admin'] as const;

function MailboxThreads() {
  const { t, i18n } = useTranslation('secure-messaging');
  const { data, loading, error, fetchMore } = useQuery(STAFF_MAILBOX, {
    variables: { page: { first: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const threads = data?.staffMailbox.nodes ?? [];
  const pageInfo = data?.staffMailbox.pageInfo;
  const loadMore = () =>
    fetchMore({
      variables: { page: { first: PAGE_SIZE, after: pageInfo?.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        staffMailbox: { ...fetchMoreResult.staffMailbox, nodes: [...previous.staffMailbox.nodes, ...fetchMoreResult.staffMailbox.nodes] },
      }),
    });
  return (
    <>
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {data && threads.length === 0 && <p className="kern-body">{t('staff.empty')}</p>}
      {threads.length > 0 && (
        <ul className="stack" data-testid="staff-threads">
          {threads.map((thread) => (
            <li key={thread.id} className="stack-small" data-testid="staff-thread">
              <Link to={`/staff/mailbox/${encodeURIComponent(thread.id)}`}>
                {thread.companyName ? `${thread.companyName}: ` : ''}
                {thread.subject}
              </Link>
              <p className="kern-body kern-body--small">
                {t('list.messages', { count: thread.messageCount })} · {formatDateTime(thread.lastMessageAt, i18n.language)}{' '}
                {thread.latestMessage && <VerdictBadge verdict={thread.latestMessage.verdict} />}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pageInfo?.hasNextPage && (
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void loadMore()}>
          <span className="kern-label">{t('list.loadMore')}</span>
        </button>
      )}
    </>
  );
}

/** Staff area panel: the companies' threads with the economic development office (that office and admins only). */
export function StaffMailboxPanel() {
  const { t } = useTranslation('secure-messaging');
  const account = useSignedInAccount();
  if (!account.roles.some((role) => (MAILBOX_STAFF_ROLES as readonly string[]).includes(role))) return null;
  return (
    <section className="kern-card kern-card--surface" aria-labelledby="staff-mailbox-heading" data-testid="staff-mailbox">
      <div className="kern-card__container stack">
        <h2 className="kern-heading-medium" id="staff-mailbox-heading">
          {t('staff.title')}
        </h2>
        <MailboxThreads />
      </div>
    </section>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { usePollingFallback } from '../api/usePollingFallback';
import { useNotificationsChanged } from '../notifications/liveNotifications';
import { openProtectedFile } from '../api/restFiles';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { formatDate } from '../utils/formatDate';
import { COMPANY_MAIL, MARK_BUSINESS_MAIL_READ, type BusinessMailItem, type ForwardingAddress } from './operations';
import { READ_AGAIN_ON_EVENTS } from '../api/readAgainOnEvents';

const PAGE_SIZE = 20;
/** Only while live updates are down: a new letter otherwise arrives with its notification. */
const FALLBACK_POLL_MS = 30_000;

const oneLine = (address: ForwardingAddress) =>
  [address.name, address.street, `${address.postcode} ${address.city}`, address.country].filter(Boolean).join(', ');

/** The company's letters, newest first: unread ones marked, scans to open. */
export function CompanyMailbox({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation('business-address');
  const mail = useQuery(COMPANY_MAIL, { variables: { companyId, page: { first: PAGE_SIZE } }, ...READ_AGAIN_ON_EVENTS });
  const { data, loading, error, fetchMore } = mail;
  useNotificationsChanged((update) => {
    if (update.resync || update.notification?.link === `/company/${companyId}/business-address`) void mail.refetch().catch(() => undefined);
  });
  usePollingFallback(mail, FALLBACK_POLL_MS);
  const [markRead] = useMutation(MARK_BUSINESS_MAIL_READ);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const items = data?.companyMail.nodes ?? [];
  const unread = items.filter((item) => !item.read).length;

  async function openScan(item: BusinessMailItem) {
    setActionError(null);
    try {
      await openProtectedFile(
        item.scanUrl!,
        `letter-${item.receivedOn}.${item.scanMediaType === 'application/pdf' ? 'pdf' : item.scanMediaType === 'image/png' ? 'png' : 'jpg'}`,
      );
      await markRead({ variables: { itemId: item.id } });
    } catch (caught) {
      setActionError(toAppError(caught));
    }
  }

  async function loadMore() {
    await fetchMore({
      variables: { page: { first: PAGE_SIZE, after: data?.companyMail.pageInfo.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        companyMail: { ...fetchMoreResult.companyMail, nodes: [...previous.companyMail.nodes, ...fetchMoreResult.companyMail.nodes] },
      }),
    });
  }

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="company-mailbox-heading" data-testid="company-mailbox">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="company-mailbox-heading">
          {t('mailbox.heading')}{' '}
          {unread > 0 && (
            <span className="kern-badge kern-badge--info" data-testid="company-mailbox-unread">
              <span className="kern-label">{t('mailbox.unread', { count: unread })}</span>
            </span>
          )}
        </h2>
        {loading && !data && <LoadingIndicator />}
        {error && <ErrorAlert error={toAppError(error)} />}
        {actionError && <ErrorAlert error={actionError} />}
        {data && items.length === 0 && (
          <p className="kern-body" data-testid="company-mailbox-empty">
            {t('mailbox.empty')}
          </p>
        )}
        {items.length > 0 && (
          <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
            {items.map((item) => (
              <li key={item.id} className="stack" data-testid="company-mail-item" data-read={item.read} data-status={item.status}>
                <p className="kern-body">
                  {!item.read && (
                    <span className="kern-badge kern-badge--warning">
                      <span className="kern-label">{t('mailbox.new')}</span>
                    </span>
                  )}{' '}
                  <strong>{t('mailbox.from', { sender: item.sender })}</strong>
                </p>
                <p className="kern-body kern-body--small">
                  {t('mailbox.receivedOn', { date: formatDate(`${item.receivedOn}T12:00:00Z`, i18n.language) })} · {item.mailbox} ·{' '}
                  {t(`mailbox.status.${item.status}`)}
                </p>
                {item.forwardingAddress && (
                  <p className="kern-body kern-body--small">{t('mailbox.forwardedTo', { address: oneLine(item.forwardingAddress) })}</p>
                )}
                <div className="button-row">
                  {item.scanUrl && (
                    <button
                      type="button"
                      className="kern-btn kern-btn--secondary"
                      onClick={() => void openScan(item)}
                      data-testid="company-mail-download"
                    >
                      <span className="kern-label">{t('mailbox.download')}</span>
                    </button>
                  )}
                  {!item.read && (
                    <button
                      type="button"
                      className="kern-btn kern-btn--tertiary"
                      onClick={() => void markRead({ variables: { itemId: item.id } })}
                      data-testid="company-mail-mark-read"
                    >
                      <span className="kern-label">{t('mailbox.markRead')}</span>
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {data?.companyMail.pageInfo.hasNextPage && (
          <div>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => void loadMore()}
              data-testid="company-mailbox-more"
            >
              <span className="kern-label">{t('mailbox.more')}</span>
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

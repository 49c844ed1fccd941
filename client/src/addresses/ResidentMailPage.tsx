import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError, type AppError } from '../api/appError';
import { openProtectedFile } from '../api/restFiles';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatDate } from '../utils/formatDate';
import { MARK_RESIDENT_MAIL_READ, MY_RESIDENT_MAIL, type ResidentMailItem } from './operations';

const PAGE_SIZE = 20;

const oneLine = (address: NonNullable<ResidentMailItem['forwardingAddress']>) =>
  [address.name, address.street, `${address.postcode} ${address.city}`, address.country].filter(Boolean).join(', ');

const extension = (mediaType: string | null | undefined) =>
  mediaType === 'application/pdf' ? 'pdf' : mediaType === 'image/png' ? 'png' : 'jpg';

/** The resident's letters: scanned ones to read (newest first), forwarded and held ones with what happened when. */
export function ResidentMailPage() {
  const { t, i18n } = useTranslation('addresses');
  usePageTitle(t('inbox.title'));
  const { data, loading, error, fetchMore } = useQuery(MY_RESIDENT_MAIL, { variables: { page: { first: PAGE_SIZE } } });
  const [markRead] = useMutation(MARK_RESIDENT_MAIL_READ);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const items = data?.myResidentMail.nodes ?? [];
  const scanned = items.filter((item) => item.handling === 'scan');
  const others = items.filter((item) => item.handling !== 'scan');
  const unread = scanned.filter((item) => !item.read).length;
  const dayOf = (value: string) => formatDate(`${value}T12:00:00Z`, i18n.language);

  async function act(action: () => Promise<unknown>) {
    setActionError(null);
    try {
      await action();
    } catch (caught) {
      setActionError(toAppError(caught));
    }
  }

  const download = (item: ResidentMailItem) =>
    act(async () => {
      await openProtectedFile(item.scanUrl!, `letter-${item.receivedOn}.${extension(item.scanMediaType)}`);
      await markRead({ variables: { itemId: item.id, read: true } });
    });

  async function loadMore() {
    await fetchMore({
      variables: { page: { first: PAGE_SIZE, after: data?.myResidentMail.pageInfo.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        myResidentMail: {
          ...fetchMoreResult.myResidentMail,
          nodes: [...previous.myResidentMail.nodes, ...fetchMoreResult.myResidentMail.nodes],
        },
      }),
    });
  }

  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('inbox.title')}</h1>
        <p className="kern-body">{t('inbox.intro')}</p>
        {data?.myVirtualAddress && (
          <p className="kern-body" data-testid="resident-mail-handling">
            {t('inbox.handling', { mailbox: data.myVirtualAddress.mailbox, handling: t(`handling.${data.myVirtualAddress.mailHandling}`) })}{' '}
            <Link to="/residency" className="kern-link">
              {t('inbox.change')}
            </Link>
          </p>
        )}
        {data && !data.myVirtualAddress && <p className="kern-body">{t('inbox.noAddress')}</p>}
      </div>
      {loading && !data && <LoadingIndicator />}
      {error && <ErrorAlert error={toAppError(error)} />}
      {actionError && <ErrorAlert error={actionError} />}
      <section className="stack" aria-labelledby="resident-scanned-heading" data-testid="resident-mail-scanned">
        <h2 className="kern-heading-medium" id="resident-scanned-heading">
          {t('inbox.scanned')}{' '}
          {unread > 0 && (
            <span className="kern-badge kern-badge--info" data-testid="resident-mail-unread">
              <span className="kern-label">{t('inbox.unread', { count: unread })}</span>
            </span>
          )}
        </h2>
        {data && scanned.length === 0 && <p className="kern-body">{t('inbox.emptyScanned')}</p>}
        <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
          {scanned.map((item) => (
            <li key={item.id} className="kern-card kern-card--surface" data-testid="resident-mail-item" data-read={item.read}>
              <div className="kern-card__container stack">
                <p className="kern-body">
                  {!item.read && (
                    <span className="kern-badge kern-badge--warning">
                      <span className="kern-label">{t('inbox.new')}</span>
                    </span>
                  )}{' '}
                  <strong>{t('inbox.from', { sender: item.sender })}</strong>
                </p>
                <p className="kern-body kern-body--small">
                  {t('inbox.receivedOn', { date: dayOf(item.receivedOn) })} · <span dir="ltr">{item.mailbox}</span>
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    className="kern-btn kern-btn--secondary"
                    onClick={() => void download(item)}
                    data-testid="resident-mail-download"
                  >
                    <span className="kern-label">{t('inbox.download')}</span>
                  </button>
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary"
                    onClick={() => void act(() => markRead({ variables: { itemId: item.id, read: !item.read } }))}
                    data-testid="resident-mail-toggle-read"
                  >
                    <span className="kern-label">{item.read ? t('inbox.markUnread') : t('inbox.markRead')}</span>
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="stack" aria-labelledby="resident-other-heading" data-testid="resident-mail-other">
        <h2 className="kern-heading-medium" id="resident-other-heading">
          {t('inbox.other')}
        </h2>
        {data && others.length === 0 && <p className="kern-body">{t('inbox.emptyOther')}</p>}
        <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
          {others.map((item) => (
            <li key={item.id} className="stack" data-testid="resident-mail-other-item" data-status={item.status}>
              <p className="kern-body">
                <strong>{t('inbox.from', { sender: item.sender })}</strong>
              </p>
              <p className="kern-body kern-body--small">
                {t('inbox.receivedOn', { date: dayOf(item.receivedOn) })} · {t(`status.${item.status}`)}
                {item.completedAt && <> · {t('inbox.completedOn', { date: formatDate(item.completedAt, i18n.language) })}</>}
              </p>
              {item.forwardingAddress && (
                <p className="kern-body kern-body--small">{t('inbox.forwardedTo', { address: oneLine(item.forwardingAddress) })}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
      {data?.myResidentMail.pageInfo.hasNextPage && (
        <div>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void loadMore()} data-testid="resident-mail-more">
            <span className="kern-label">{t('inbox.more')}</span>
          </button>
        </div>
      )}
    </div>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MARK_ALL_NOTIFICATIONS_READ, MY_NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from './operations';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { NotificationItem } from './NotificationItem';
import { READ_AGAIN_ON_EVENTS } from '../api/readAgainOnEvents';

const PAGE_SIZE = 20;

/** The signed-in person's notifications, newest first, with paging and "mark all read". */
export function NotificationsPage() {
  const { t } = useTranslation('notifications', { keyPrefix: 'inbox' });
  usePageTitle(t('page.title'));
  const { data, loading, error, fetchMore, refetch } = useQuery(MY_NOTIFICATIONS, {
    variables: { page: { first: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
    ...READ_AGAIN_ON_EVENTS,
  });
  const [markAllRead, markAll] = useMutation(MARK_ALL_NOTIFICATIONS_READ, {
    refetchQueries: [UNREAD_NOTIFICATION_COUNT],
    onCompleted: () => void refetch(),
  });
  const notifications = data?.myNotifications.nodes ?? [];
  const pageInfo = data?.myNotifications.pageInfo;

  const loadMore = () =>
    fetchMore({
      variables: { page: { first: PAGE_SIZE, after: pageInfo?.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        myNotifications: {
          ...fetchMoreResult.myNotifications,
          nodes: [...previous.myNotifications.nodes, ...fetchMoreResult.myNotifications.nodes],
        },
      }),
    });

  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('page.title')}</h1>
        <p className="kern-body">{t('page.intro')}</p>
      </div>
      {error && <ErrorAlert error={toAppError(error)} />}
      {markAll.error && <ErrorAlert error={toAppError(markAll.error)} />}
      {loading && !data && <LoadingIndicator />}
      {data && notifications.length === 0 && (
        <p className="kern-body" data-testid="no-notifications">
          {t('page.empty')}
        </p>
      )}
      {(data?.unreadNotificationCount ?? 0) > 0 && (
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={markAll.loading}
            onClick={() => void markAllRead()}
            data-testid="mark-all-read"
          >
            <span className="kern-label">{t('page.markAllRead')}</span>
          </button>
        </div>
      )}
      {notifications.length > 0 && (
        <ul className="notification-list">
          {notifications.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} />
          ))}
        </ul>
      )}
      {pageInfo?.hasNextPage && (
        <div>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void loadMore()}>
            <span className="kern-label">{t('page.loadMore')}</span>
          </button>
        </div>
      )}
    </div>
  );
}

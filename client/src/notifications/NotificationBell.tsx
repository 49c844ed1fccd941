import { useApolloClient, useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePollingFallback } from '../api/usePollingFallback';
import { useNotificationsChanged } from './liveNotifications';
import { MY_NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from './operations';

/** Only while live updates are down (see usePollingFallback). */
const FALLBACK_POLL_EVERY_MS = 60_000;

/** The header's link to the notifications, with the number of unread ones, kept current by a subscription. */
export function NotificationBell() {
  const { t } = useTranslation('notifications', { keyPrefix: 'inbox' });
  const unreadQuery = useQuery(UNREAD_NOTIFICATION_COUNT, { fetchPolicy: 'cache-and-network' });
  const client = useApolloClient();
  useNotificationsChanged((update) => {
    client.cache.writeQuery({ query: UNREAD_NOTIFICATION_COUNT, data: { unreadNotificationCount: update.unreadCount } });
    // An open notifications page shows the new one (only an active list is asked again).
    if (update.notification) void client.refetchQueries({ include: [MY_NOTIFICATIONS] });
  });
  usePollingFallback(unreadQuery, FALLBACK_POLL_EVERY_MS);
  const unread = unreadQuery.data?.unreadNotificationCount ?? 0;

  return (
    <NavLink to="/notifications" className="kern-link main-navigation__link notification-bell" data-testid="notification-bell">
      <svg
        aria-hidden="true"
        focusable="false"
        width="18"
        height="18"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {/* The name comes from the text inside (no aria-label that could differ from what is visible). */}
      <span aria-hidden={unread > 0}>{t('bell.text')}</span>
      {unread > 0 && <span className="visually-hidden">{t('bell.label', { count: unread })}</span>}
      {unread > 0 && (
        <span className="kern-badge kern-badge--info notification-bell__count" aria-hidden="true" data-testid="unread-count">
          <span className="kern-label">{unread}</span>
        </span>
      )}
    </NavLink>
  );
}

import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { UNREAD_NOTIFICATION_COUNT } from '../api/inboxOperations';

const POLL_EVERY_MS = 60_000;

/** The header's link to the notifications, with the number of unread ones. */
export function NotificationBell() {
  const { t } = useTranslation('inbox');
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT, { pollInterval: POLL_EVERY_MS, fetchPolicy: 'cache-and-network' });
  const unread = data?.unreadNotificationCount ?? 0;

  return (
    <NavLink
      to="/notifications"
      className="kern-link main-navigation__link notification-bell"
      aria-label={t('bell.label', { count: unread })}
      data-testid="notification-bell"
    >
      <span aria-hidden="true">🔔</span>
      <span>{t('bell.text')}</span>
      {unread > 0 && (
        <span className="kern-badge kern-badge--info notification-bell__count" aria-hidden="true" data-testid="unread-count">
          <span className="kern-label">{unread}</span>
        </span>
      )}
    </NavLink>
  );
}

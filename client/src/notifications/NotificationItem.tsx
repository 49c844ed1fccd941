import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { MARK_NOTIFICATION_READ, UNREAD_NOTIFICATION_COUNT, type AppNotification } from './operations';
import { formatDateTime } from '../utils/formatDate';

export function NotificationItem({ notification }: { notification: AppNotification }) {
  const { t, i18n } = useTranslation('notifications', { keyPrefix: 'inbox' });
  const [markRead, { loading }] = useMutation(MARK_NOTIFICATION_READ, {
    variables: { id: notification.id },
    refetchQueries: [UNREAD_NOTIFICATION_COUNT],
  });

  return (
    <li className={`kern-card kern-card--surface notification ${notification.read ? 'notification--read' : ''}`} data-testid="notification">
      <div className="kern-card__container stack">
        <h2 className="kern-title">
          {!notification.read && <span className="visually-hidden">{t('item.unread')} </span>}
          {notification.title}
        </h2>
        <p className="kern-body">{notification.body}</p>
        <p className="kern-body kern-body--small">
          <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, i18n.language)}</time>
        </p>
        <div className="button-row">
          {notification.link && (
            <Link className="kern-link" to={notification.link}>
              {t('item.open')}
            </Link>
          )}
          {!notification.read && (
            <button type="button" className="kern-btn kern-btn--tertiary" disabled={loading} onClick={() => void markRead()}>
              <span className="kern-label">{t('item.markRead')}</span>
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

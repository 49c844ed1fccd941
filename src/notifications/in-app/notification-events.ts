import type { ClusterEventPayload } from '../../common/cluster-events/index.js';

/** Cluster channel: an account's notifications changed (one added, or some read). Ids only. */
export const NOTIFICATIONS_CHANGED = 'notifications.changed';

export interface NotificationsChanged {
  accountId: string;
  /** The notification added; absent when notifications were marked read. */
  notificationId?: string;
}

export function isNotificationsChanged(payload: ClusterEventPayload): payload is ClusterEventPayload & NotificationsChanged {
  return typeof payload.accountId === 'string' && (payload.notificationId === undefined || typeof payload.notificationId === 'string');
}

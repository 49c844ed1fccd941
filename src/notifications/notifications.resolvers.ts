import { InAppNotificationResolver } from './in-app/in-app-notification.resolver.js';
import { NotificationsLiveResolver } from './in-app/notifications-live.resolver.js';
import { OutboxAdminResolver } from './outbox/outbox-admin.resolver.js';

/** The GraphQL resolvers of the notifications domain (for the schema CLI, through src/domains.ts). */
export const NOTIFICATIONS_RESOLVERS = [InAppNotificationResolver, NotificationsLiveResolver, OutboxAdminResolver];

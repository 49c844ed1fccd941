import { OutboxEmail } from './outbox/outbox-email.entity.js';
import { InAppNotification } from './in-app/in-app-notification.entity.js';

/** The TypeORM entities of the notifications domain (registered once, in src/domains.ts). */
export const NOTIFICATIONS_ENTITIES = [OutboxEmail, InAppNotification];

import { AuditEvent } from '../common/audit/audit-event.entity.js';
import { Account } from '../identity/account.entity.js';
import { AccountToken } from '../identity/account-token.entity.js';
import { RefreshToken } from '../identity/refresh-token.entity.js';
import { InAppNotification } from '../notifications/in-app/in-app-notification.entity.js';
import { OutboxEmail } from '../notifications/outbox/outbox-email.entity.js';

/** Every TypeORM entity of the application (used by the app and the migration tooling). */
export const ALL_ENTITIES = [AuditEvent, Account, AccountToken, RefreshToken, OutboxEmail, InAppNotification];

import { AuditEvent } from '../common/audit/audit-event.entity.js';
import { DOMAIN_ENTITIES } from '../domains.js';

/** Every TypeORM entity of the application (used by the app and the migration tooling). */
export const ALL_ENTITIES: Function[] = [AuditEvent, ...DOMAIN_ENTITIES];

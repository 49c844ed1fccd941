import { BackofficeCase } from './entities/backoffice-case.entity.js';
import { BackofficeCaseEvent } from './entities/backoffice-case-event.entity.js';

/** The TypeORM entities of the backoffice domain (registered once, in src/domains.ts). */
export const BACKOFFICE_ENTITIES = [BackofficeCase, BackofficeCaseEvent];

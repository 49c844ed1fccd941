import { SecureAttachment } from './entities/secure-attachment.entity.js';
import { SecureMessage } from './entities/secure-message.entity.js';
import { SecureThread } from './entities/secure-thread.entity.js';

/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const SECURE_MESSAGING_ENTITIES: Function[] = [SecureThread, SecureMessage, SecureAttachment];

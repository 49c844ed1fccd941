import { InPersonIdentificationSession } from './entities/in-person-identification-session.entity.js';
import { EidAuthorization } from './entities/eid-authorization.entity.js';
import { VerifiedIdentityRecord } from './entities/verified-identity.entity.js';
import { VideoIdentificationSession } from './entities/video-identification-session.entity.js';

/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const IDENTITY_VERIFICATION_ENTITIES: Function[] = [
  VerifiedIdentityRecord,
  EidAuthorization,
  VideoIdentificationSession,
  InPersonIdentificationSession,
];

import { IssuedCertificate } from './entities/issued-certificate.entity.js';
import { PkiAuthorityKey } from './entities/pki-authority-key.entity.js';
import { PkiCrl } from './entities/pki-crl.entity.js';

/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const PKI_ENTITIES: Function[] = [PkiAuthorityKey, IssuedCertificate, PkiCrl];

import { ResidencyApplication } from './entities/residency-application.entity.js';
import { EvidenceDocument } from './entities/evidence-document.entity.js';
import { ApplicationMessage } from './entities/application-message.entity.js';
import { Residency } from './entities/residency.entity.js';

/** The TypeORM entities of the residency domain (registered once, in src/domains.ts). */
export const RESIDENCY_ENTITIES = [ResidencyApplication, EvidenceDocument, ApplicationMessage, Residency];

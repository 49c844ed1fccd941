import { AccessibilityFeedback } from './entities/accessibility-feedback.entity.js';

/** The TypeORM entities of the legal domain (registered once, in src/domains.ts). */
export const LEGAL_ENTITIES = [AccessibilityFeedback];

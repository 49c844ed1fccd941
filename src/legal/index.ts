/** The public surface of the legal domain: legal notice, privacy notice, accessibility statement and its feedback. */
export { LegalModule } from './legal.module.js';
export { LEGAL_ENTITIES } from './legal.entities.js';
export { LEGAL_RESOLVERS } from './legal.resolvers.js';

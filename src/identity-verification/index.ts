/** The public surface of the identity-verification domain: what other domains and the composition point (src/domains.ts) may use. */
export { IdentityVerificationModule } from './identity-verification.module.js';
export { IDENTITY_VERIFICATION_ENTITIES } from './identity-verification.entities.js';
export { IDENTITY_VERIFICATION_RESOLVERS } from './identity-verification.resolvers.js';
export { VerifiedIdentities, type AssuredService } from './verified-identities.service.js';

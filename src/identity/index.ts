/**
 * Identity's public surface: what other domains may use. The `Account` entity is not part of it;
 * other domains reach accounts through the `AccountDirectory` and refer to them by id.
 */
export { IdentityModule } from './identity.module.js';
export { AccountDirectory, type AccountContact } from './account-directory.js';
export { AccountService, normalizeEmail } from './account.service.js';
export { EmailRequestThrottle } from './email-request-throttle.service.js';
export { FederatedSignIn } from './federated-sign-in.service.js';
/** Re-authentication before an erasure (privacy). */
export { IdentityPersonalData } from './identity-personal-data.js';
export type { IssuedSession } from './session.service.js';
export { AuthPayloadModel } from './models/auth-payload.model.js';
export { RegistrationResultModel } from './models/registration-result.model.js';
export { Role, STAFF_ROLES } from '../common/auth/role.js';
export { AssuranceLevel, meetsAssurance } from '../common/auth/assurance-level.js';
export { IDENTITY_ENTITIES } from './identity.entities.js';
export { IDENTITY_RESOLVERS } from './identity.resolvers.js';

import { IdentityResolver } from './identity.resolver.js';
import { RoleAdministrationResolver } from './roles/role-administration.resolver.js';

/** The GraphQL resolvers of the identity domain (for the schema CLI, through src/domains.ts). */
export const IDENTITY_RESOLVERS = [IdentityResolver, RoleAdministrationResolver];

import { Account } from './account.entity.js';
import { AccountToken } from './account-token.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { RoleAssuranceRequirement } from './roles/role-assurance-requirement.entity.js';

/** The TypeORM entities of the identity domain (registered once, in src/domains.ts). */
export const IDENTITY_ENTITIES = [Account, AccountToken, RefreshToken, RoleAssuranceRequirement];

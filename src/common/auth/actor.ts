import { AssuranceLevel } from './assurance-level.js';
import { Role, STAFF_ROLES } from './role.js';

/** The authenticated caller, as carried by the access token. Services take it as first argument. */
export interface Actor {
  accountId: string;
  sessionFamilyId: string;
  roles: Role[];
  assuranceLevel: AssuranceLevel;
  language: string;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

export function isStaff(actor: Actor): boolean {
  return hasRole(actor, ...STAFF_ROLES);
}

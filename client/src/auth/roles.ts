import type { Role } from '../identity/operations';

export const STAFF_ROLES: readonly Role[] = ['staff_citizens_office', 'staff_economic_development', 'admin'];

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF_ROLES.includes(role));
}

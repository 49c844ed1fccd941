import type { Role } from '../identity/operations';

/** Who works in the participation back office (news, events, surveys); the server checks the same list. */
export const COMMUNICATION_ROLES: readonly Role[] = ['staff_communication', 'admin'];

export function isCommunicationStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => COMMUNICATION_ROLES.includes(role));
}

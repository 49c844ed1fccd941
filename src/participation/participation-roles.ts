import { Role } from '../identity/index.js';

/** Who writes news and runs events and surveys: communication staff, and administrators. */
export const COMMUNICATION_ROLES: readonly Role[] = [Role.staff_communication, Role.admin];

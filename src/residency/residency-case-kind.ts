import { Role } from '../common/auth/role.js';

/** Residency applications in the back office queue. */
export const RESIDENCY_CASE_KIND = 'residency_application';

/** Who reads residency evidence and decides residency cases (admins too). */
export const RESIDENCY_STAFF_ROLES: readonly Role[] = [Role.staff_citizens_office];

export const RESIDENCY_REJECTION_REASONS = [
  'evidence_insufficient',
  'evidence_unreadable',
  'not_eligible',
  'facts_inconsistent',
  'identity_unconfirmed',
  'other',
] as const;

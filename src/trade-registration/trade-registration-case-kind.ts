import { Role } from '../common/auth/role.js';

/** Trade registrations in the back office queue. */
export const TRADE_REGISTRATION_CASE_KIND = 'trade_registration';

/** Who decides trade registrations (admins too). */
export const TRADE_REGISTRATION_DECIDERS: readonly Role[] = [Role.staff_economic_development];

export const TRADE_REGISTRATION_REJECTION_REASONS = [
  'activity_not_a_trade',
  'activity_unclear',
  'wz_code_mismatch',
  'permit_missing',
  'operator_data_inconsistent',
  'persons_unreliable',
  'other',
] as const;

/** What the fee is paid for (payments subject type). */
export const TRADE_REGISTRATION_SUBJECT = 'trade_registration';

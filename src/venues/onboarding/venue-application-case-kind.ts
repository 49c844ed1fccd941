import { Role } from '../../common/auth/role.js';

export const VENUE_APPLICATION_CASE_KIND = 'venue_application';
/** The citizens' office manages partner venues (admins always may). */
export const VENUE_APPLICATION_DECIDERS: readonly Role[] = [Role.staff_citizens_office];
export const VENUE_APPLICATION_REJECTION_REASONS = ['not_a_venue', 'offer_not_suitable', 'incomplete', 'duplicate', 'other'] as const;
export const VENUE_APPLICATION_DUE_DAYS = 14;

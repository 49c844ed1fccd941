import { registerEnumType } from '@nestjs/graphql';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../identity/index.js';

/** The offices that publish appointments (more may follow). */
export enum AppointmentOffice {
  citizens_office = 'citizens_office',
  economic_development = 'economic_development',
}

registerEnumType(AppointmentOffice, { name: 'AppointmentOffice', description: 'An office whose staff offer appointments.' });

/** The staff role of each office; administrators act for every office. */
export const OFFICE_ROLES: Record<AppointmentOffice, Role> = {
  [AppointmentOffice.citizens_office]: Role.staff_citizens_office,
  [AppointmentOffice.economic_development]: Role.staff_economic_development,
};

/** The offices whose appointments the actor works (empty for anyone who is not staff of one). */
export function officesOf(actor: Actor): AppointmentOffice[] {
  if (hasRole(actor, Role.admin)) return Object.values(AppointmentOffice);
  return Object.values(AppointmentOffice).filter((office) => hasRole(actor, OFFICE_ROLES[office]));
}

export function worksFor(actor: Actor, office: AppointmentOffice): boolean {
  return officesOf(actor).includes(office);
}

import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../identity/index.js';
import { KioskOffice } from './kiosk-enums.js';

/** The staff roles that look after self-service terminals (administrators: every office). */
export const KIOSK_STAFF_ROLES = [Role.staff_citizens_office, Role.staff_economic_development, Role.admin];

/** The offices whose terminals the actor may see, enrol and disable; empty means none. */
export function officesOf(actor: Actor): KioskOffice[] {
  if (hasRole(actor, Role.admin)) return Object.values(KioskOffice);
  const offices: KioskOffice[] = [];
  if (hasRole(actor, Role.staff_citizens_office)) offices.push(KioskOffice.citizens_office);
  if (hasRole(actor, Role.staff_economic_development)) offices.push(KioskOffice.economic_development);
  return offices;
}

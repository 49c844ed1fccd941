import type { Actor } from '../common/auth/actor.js';
import { hasRole } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { PaymentPurpose } from './payment-purpose.js';

/**
 * Which office handles the cases a fee is paid for, and so sees and refunds that fee: the citizens'
 * office for resident purposes, economic development for company purposes (as the back office
 * assigns case kinds, src/backoffice/case-kind-registry.ts). Admins see all. A purpose missing here
 * is seen by admins only (deny by default).
 */
export const OFFICE_OF_PURPOSE: Readonly<Record<PaymentPurpose, Role>> = {
  [PaymentPurpose.citizen_card]: Role.staff_citizens_office,
  [PaymentPurpose.trade_registration]: Role.staff_economic_development,
  [PaymentPurpose.business_address]: Role.staff_economic_development,
};

/** The purposes whose payments `actor` may see and refund as staff; empty for everyone else. */
export function staffPurposesOf(actor: Actor): PaymentPurpose[] {
  const all = Object.values(PaymentPurpose);
  if (hasRole(actor, Role.admin)) return all;
  return all.filter((purpose) => {
    const office = OFFICE_OF_PURPOSE[purpose];
    return office !== undefined && hasRole(actor, office);
  });
}

/** True when `actor` is staff of the office that handles `purpose` (or an admin). */
export function staffMayHandle(actor: Actor, purpose: PaymentPurpose): boolean {
  return staffPurposesOf(actor).includes(purpose);
}

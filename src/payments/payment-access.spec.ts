import type { Actor } from '../common/auth/actor.js';
import { AssuranceLevel } from '../common/auth/assurance-level.js';
import { Role } from '../common/auth/role.js';
import { staffMayHandle, staffPurposesOf } from './payment-access.js';
import { PaymentPurpose } from './payment-purpose.js';

const actor = (...roles: Role[]): Actor => ({
  accountId: 'a',
  sessionFamilyId: 's',
  roles,
  assuranceLevel: AssuranceLevel.low,
  language: 'de',
});

describe('payment access by office', () => {
  it('gives the citizens’ office resident purposes and economic development company purposes', () => {
    expect(staffPurposesOf(actor(Role.staff_citizens_office))).toEqual([PaymentPurpose.citizen_card]);
    expect(staffPurposesOf(actor(Role.staff_economic_development))).toEqual([
      PaymentPurpose.trade_registration,
      PaymentPurpose.business_address,
    ]);
    expect(staffMayHandle(actor(Role.staff_citizens_office), PaymentPurpose.trade_registration)).toBe(false);
  });

  it('gives admins everything and everyone else nothing', () => {
    expect(staffPurposesOf(actor(Role.admin))).toEqual(Object.values(PaymentPurpose));
    expect(staffPurposesOf(actor(Role.resident, Role.company_rep, Role.venue_operator))).toEqual([]);
  });
});

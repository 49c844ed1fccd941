import { AssuranceLevel } from '../common/auth/assurance-level.js';
import type { Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { buildConfig } from '../config/app-config.js';
import { ProcessingRecords } from './processing-records.js';

const actor = (roles: Role[]): Actor => ({
  accountId: 'a',
  sessionFamilyId: 'f',
  roles,
  assuranceLevel: AssuranceLevel.low,
  language: 'de',
});

describe('ProcessingRecords', () => {
  it('takes the periods from the validated configuration', () => {
    const records = new ProcessingRecords(
      buildConfig({ RETENTION_EVIDENCE_DAYS: '30', RETENTION_PAYMENT_YEARS: '12', VERIFICATION_RETENTION_DAYS: '7' }),
    ).forStaff(actor([Role.staff_citizens_office]));
    const period = (key: string) => records.find((activity) => activity.key === key)?.retention;
    expect(period('evidence')).toEqual({ amount: 30, unit: 'days', from: 'decision' });
    expect(period('payments')).toEqual({ amount: 12, unit: 'years', from: 'payment' });
    expect(period('verifications')).toEqual({ amount: 7, unit: 'days', from: 'verification' });
  });

  it('refuses payments shorter than the ten years of § 147 AO', () => {
    expect(() => buildConfig({ RETENTION_PAYMENT_YEARS: '9' })).toThrow(/RETENTION_PAYMENT_YEARS/);
  });

  it('is for staff only', () => {
    const records = new ProcessingRecords(buildConfig({}));
    expect(() => records.forStaff(actor([Role.resident]))).toThrow();
    expect(records.forStaff(actor([Role.staff_communication])).length).toBeGreaterThan(5);
  });
});

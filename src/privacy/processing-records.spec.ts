import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AssuranceLevel } from '../common/auth/assurance-level.js';
import type { Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { buildConfig } from '../config/app-config.js';
import { ProcessingRecords } from './processing-records.js';

const LOCALES = join(process.cwd(), 'locales');

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
      buildConfig({
        RETENTION_EVIDENCE_DAYS: '30',
        RETENTION_PAYMENT_YEARS: '12',
        VERIFICATION_RETENTION_DAYS: '7',
        KIOSK_HANDOVER_MINUTES: '15',
      }),
    ).forStaff(actor([Role.staff_citizens_office]));
    const period = (key: string) => records.find((activity) => activity.key === key)?.retention;
    expect(period('evidence')).toEqual({ amount: 30, unit: 'days', from: 'decision' });
    expect(period('payments')).toEqual({ amount: 12, unit: 'years', from: 'payment' });
    expect(period('verifications')).toEqual({ amount: 7, unit: 'days', from: 'verification' });
    expect(period('kiosk')).toEqual({ amount: 15, unit: 'minutes', from: 'handover' });
    expect(period('appointments')).toEqual({ amount: 0, unit: 'days', from: 'account_erasure' });
    expect(records.find((activity) => activity.key === 'home_visits')?.legalBasis).toBe('art6_1a');
  });

  it('refuses payments shorter than the ten years of § 147 AO', () => {
    expect(() => buildConfig({ RETENTION_PAYMENT_YEARS: '9' })).toThrow(/RETENTION_PAYMENT_YEARS/);
  });

  it('names every activity, category, group and starting point in every language', () => {
    const languages = readdirSync(LOCALES).filter((entry) => !entry.startsWith('_'));
    for (const language of languages) {
      const { records: texts } = JSON.parse(readFileSync(join(LOCALES, language, 'privacy.json'), 'utf8'));
      for (const activity of new ProcessingRecords(buildConfig({})).all()) {
        expect([language, texts.activities[activity.key]]).toEqual([language, expect.any(String)]);
        expect([language, texts.legalBases[activity.legalBasis]]).toEqual([language, expect.any(String)]);
        for (const category of activity.dataCategories)
          expect([language, category, texts.dataCategories[category]]).toEqual([language, category, expect.any(String)]);
        for (const group of activity.subjects)
          expect([language, group, texts.peopleGroups[group]]).toEqual([language, group, expect.any(String)]);
        for (const group of activity.recipients)
          expect([language, group, texts.recipientGroups[group]]).toEqual([language, group, expect.any(String)]);
        expect([language, texts.from[activity.retention.from]]).toEqual([language, expect.any(String)]);
      }
    }
  });

  it('is for staff only', () => {
    const records = new ProcessingRecords(buildConfig({}));
    expect(() => records.forStaff(actor([Role.resident]))).toThrow();
    expect(records.forStaff(actor([Role.staff_communication])).length).toBeGreaterThan(5);
  });
});

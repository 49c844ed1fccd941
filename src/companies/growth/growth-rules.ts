import { companyField } from '../companies.exception.js';
import type { FieldError } from '../../common/errors/domain.exception.js';
import { ArticlesKind, GrowthDeadlineKind, SubsidiaryLegalForm } from './growth-enums.js';
import type { SubsidiaryPlan } from './entities/growth-plan.entity.js';

/** EU member states and the other EEA states (Iceland, Liechtenstein, Norway), ISO 3166-1 alpha-2. */
export const EU_EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/** Minimum share capital of a GmbH (§5 (1) GmbHG), in cents. A UG has from 1 EUR up to just below it (§5a GmbHG). */
export const GMBH_MIN_CAPITAL_CENTS = 2_500_000;
export const UG_MIN_CAPITAL_CENTS = 100;
/** The sample protocol allows at most three shareholders and one managing director (§2 (1a) GmbHG). */
export const MODEL_PROTOCOL_MAX_SHAREHOLDERS = 3;

export type OnlineNotarisationReason = 'eid' | 'eu_eea_needs_eid' | 'needs_eid_or_presence' | 'not_verified';

export interface OnlineNotarisationResult {
  eligible: boolean;
  /** i18n key suffix in companies:growth.notarisation.<reason> */
  reason: OnlineNotarisationReason;
}

/**
 * Whether a person can take part in the notaries' online procedure (§16a ff. BeurkG, DiRUG; identification
 * under §16c BeurkG). The notary identifies online only by an electronic identification means at
 * assurance level high: the German identity card or electronic residence permit, the eID card for
 * citizens of the EU/EEA, or an eID scheme of an EU/EEA state notified under eIDAS at level high,
 * together with the photo from the chip. A video identification by a private provider or an
 * identification in person at a service point does not count for the notary.
 * The rule works on what the platform verified: the method and the nationality.
 */
export function onlineNotarisation(identity: { method: string; nationality: string } | null): OnlineNotarisationResult {
  if (!identity) return { eligible: false, reason: 'not_verified' };
  if (identity.method === 'eid') return { eligible: true, reason: 'eid' };
  if (EU_EEA_COUNTRIES.has(identity.nationality.toUpperCase())) return { eligible: false, reason: 'eu_eea_needs_eid' };
  return { eligible: false, reason: 'needs_eid_or_presence' };
}

/** Adds whole months to a date (YYYY-MM-DD), clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const target = new Date(`${date}T00:00:00Z`);
  target.setUTCDate(target.getUTCDate() + days);
  return target.toISOString().slice(0, 10);
}

/**
 * The deadlines once business starts: the trade registration when the business starts (§14 GewO), the
 * registration with the tax office within one month (§138 (1), (4) AO).
 */
export function deadlinesFrom(businessStartDate: string): { kind: GrowthDeadlineKind; dueOn: string }[] {
  return [
    { kind: GrowthDeadlineKind.trade_registration, dueOn: businessStartDate },
    { kind: GrowthDeadlineKind.tax_registration, dueOn: addMonths(businessStartDate, 1) },
  ];
}

/** Reminders go out this many days before a deadline (and once, on or after it, if nothing was sent before). */
export const REMINDER_DAYS_BEFORE = 7;

const field = (name: string, constraint: string, key: string, params?: Record<string, unknown>) =>
  companyField(name, constraint, `companies.growth.${key}`, params);

/** The problems of a subsidiary plan, each on its field (empty when it can go to the notary). */
export function subsidiaryProblems(plan: SubsidiaryPlan, representativeAccountIds: ReadonlySet<string>): FieldError[] {
  const problems: FieldError[] = [];
  const name = plan.name.trim();
  const suffix =
    plan.legalForm === SubsidiaryLegalForm.gmbh ? /\bGmbH$|Gesellschaft mit beschränkter Haftung$/ : /UG \(haftungsbeschränkt\)$/;
  if (!suffix.test(name)) problems.push(field('name', 'legalFormSuffix', `name_suffix_${plan.legalForm}`));
  const capital = plan.shareCapitalCents;
  if (plan.legalForm === SubsidiaryLegalForm.gmbh && capital < GMBH_MIN_CAPITAL_CENTS)
    problems.push(field('shareCapitalCents', 'min', 'capital_min_gmbh', { min: GMBH_MIN_CAPITAL_CENTS / 100 }));
  if (plan.legalForm === SubsidiaryLegalForm.ug && (capital < UG_MIN_CAPITAL_CENTS || capital >= GMBH_MIN_CAPITAL_CENTS))
    problems.push(field('shareCapitalCents', 'range', 'capital_range_ug', { max: GMBH_MIN_CAPITAL_CENTS / 100 }));
  if (capital % 100 !== 0) problems.push(field('shareCapitalCents', 'wholeEuros', 'whole_euros'));
  if (!plan.shareholders.length) problems.push(field('shareholders', 'required', 'shareholders_required'));
  plan.shareholders.forEach((shareholder, index) => {
    if (shareholder.nominalCents < 100 || shareholder.nominalCents % 100 !== 0)
      problems.push(field(`shareholders.${index}.nominalCents`, 'wholeEuros', 'share_whole_euros'));
  });
  const total = plan.shareholders.reduce((sum, shareholder) => sum + shareholder.nominalCents, 0);
  if (plan.shareholders.length && total !== capital)
    problems.push(field('shareholders', 'sum', 'shares_sum', { total: total / 100, capital: capital / 100 }));
  if (!plan.managingDirectorAccountIds.length) problems.push(field('managingDirectorAccountIds', 'required', 'directors_required'));
  if (plan.managingDirectorAccountIds.some((id) => !representativeAccountIds.has(id)))
    problems.push(field('managingDirectorAccountIds', 'isIn', 'director_not_representative'));
  if (plan.articles === ArticlesKind.model_protocol) {
    if (plan.shareholders.length > MODEL_PROTOCOL_MAX_SHAREHOLDERS)
      problems.push(field('articles', 'modelProtocol', 'model_protocol_shareholders', { max: MODEL_PROTOCOL_MAX_SHAREHOLDERS }));
    if (plan.managingDirectorAccountIds.length > 1) problems.push(field('articles', 'modelProtocol', 'model_protocol_directors'));
  }
  return problems;
}

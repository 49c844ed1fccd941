import type { FieldError } from '../common/errors/domain.exception.js';
import { activityProblem } from './activity-rules.js';
import type { TradePermit } from './entities/trade-registration.entity.js';
import { tradeField } from './trade-registration.exception.js';
import { BusinessScope, EstablishmentKindOfTrade } from './trade-registration-status.js';
import type { WzEntry } from './wz/wz-search.js';

export interface TradeRegistrationForm {
  establishmentKind: string | null;
  activityDescription: string;
  wzCode: string | null;
  startDate: string | null;
  businessScope: string | null;
  employeesFullTime: number;
  employeesPartTime: number;
  permits: TradePermit[];
}

export interface FormRules {
  /** YYYY-MM-DD in Berlin. */
  today: string;
  startMaxPastDays: number;
  startMaxFutureDays: number;
  /** The chosen code in the current edition, or null when it is not there. */
  wz: WzEntry | null;
}

export const MAX_PERMITS = 10;
const MAX_EMPLOYEES = 100_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Every objection the trade office would raise against the form, field by field (empty: acceptable). */
export function formProblems(form: TradeRegistrationForm, rules: FormRules): FieldError[] {
  const problems: FieldError[] = [];
  if (!form.establishmentKind) problems.push(tradeField('establishmentKind', 'required', 'establishment_kind_required'));
  else if (!Object.values(EstablishmentKindOfTrade).includes(form.establishmentKind as EstablishmentKindOfTrade)) {
    problems.push(tradeField('establishmentKind', 'isEnum', 'establishment_kind_required'));
  }

  if (!form.wzCode?.trim()) problems.push(tradeField('wzCode', 'required', 'wz_code_required'));
  else if (!rules.wz) problems.push(tradeField('wzCode', 'exists', 'wz_code_unknown', { code: form.wzCode.trim() }));
  else if (rules.wz.level !== 5) problems.push(tradeField('wzCode', 'subclass', 'wz_code_not_subclass', { code: rules.wz.code }));

  const activity = activityProblem(form.activityDescription, rules.wz?.title ?? null);
  if (activity) problems.push(tradeField('activityDescription', activity, `activity_${activity}`, { min: 25, max: 1000 }));

  if (!form.startDate) problems.push(tradeField('startDate', 'required', 'start_date_required'));
  else if (!isRealDate(form.startDate)) problems.push(tradeField('startDate', 'isDate', 'start_date_invalid'));
  else if (daysBetween(form.startDate, rules.today) > rules.startMaxPastDays) {
    problems.push(tradeField('startDate', 'minDate', 'start_date_too_early', { count: rules.startMaxPastDays }));
  } else if (daysBetween(rules.today, form.startDate) > rules.startMaxFutureDays) {
    problems.push(tradeField('startDate', 'maxDate', 'start_date_too_late', { count: rules.startMaxFutureDays }));
  }

  if (!form.businessScope || !Object.values(BusinessScope).includes(form.businessScope as BusinessScope)) {
    problems.push(tradeField('businessScope', 'required', 'business_scope_required'));
  }
  for (const field of ['employeesFullTime', 'employeesPartTime'] as const) {
    const value = form[field];
    if (!Number.isInteger(value) || value < 0 || value > MAX_EMPLOYEES)
      problems.push(tradeField(field, 'min', 'employees_invalid', { max: MAX_EMPLOYEES }));
  }

  if (form.permits.length > MAX_PERMITS) problems.push(tradeField('permits', 'maxSize', 'permits_too_many', { count: MAX_PERMITS }));
  form.permits.slice(0, MAX_PERMITS).forEach((permit, index) => {
    if (permit.kind.trim().length < 3) problems.push(tradeField(`permits.${index}.kind`, 'required', 'permit_kind_required'));
    if (permit.authority.trim().length < 3)
      problems.push(tradeField(`permits.${index}.authority`, 'required', 'permit_authority_required'));
    if (!isRealDate(permit.issuedOn) || permit.issuedOn > rules.today)
      problems.push(tradeField(`permits.${index}.issuedOn`, 'isDate', 'permit_date_invalid'));
  });
  return problems;
}

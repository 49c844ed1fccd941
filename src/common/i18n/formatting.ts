import { intlLocale } from '../../../packages/shared/src/languages.js';

/** Times people read are Bochum's: Europe/Berlin, with the zone shown (MEZ/MESZ, CET/CEST, GMT+1). */
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Intl locale of a platform language for dates, numbers and money: the language's locale
 * (`en` → `en-GB`, not US formats), always with the Gregorian calendar (dates on German documents
 * and deadlines are Gregorian, also in Persian).
 */
export function formattingLocale(language: string): string {
  try {
    return new Intl.Locale(intlLocale(language), { calendar: 'gregory' }).toString();
  } catch {
    return 'de-DE-u-ca-gregory';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    // The set is small (languages × styles × currencies); the bound only guards against misuse.
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateTimeFormat(language: string, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = formattingLocale(language);
  return cached(`dt|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * A calendar date: a `Date` as the day it is in Berlin, or a `YYYY-MM-DD` day as it is (days people
 * enter are local days and never shift), e.g. "1. Mai 2027", "1 May 2027".
 */
export function formatDate(value: Date | string, language: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  if (typeof value === 'string' && CALENDAR_DAY.test(value)) {
    return dateTimeFormat(language, `day-${style}`, { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  }
  return dateTimeFormat(language, `date-${style}`, { dateStyle: style, timeZone: BERLIN_TIME_ZONE }).format(toDate(value));
}

/** A point in time in Berlin with the zone, e.g. "15. Januar 2027 um 14:30 MEZ", "15 January 2027 at 14:30 CET". */
export function formatDateTime(value: Date | string, language: string): string {
  return dateTimeFormat(language, 'date-time', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: BERLIN_TIME_ZONE,
  }).format(toDate(value));
}

/** The time of day in Berlin with the zone, e.g. "14:30 MEZ", "14:30 CET". */
export function formatTime(value: Date | string, language: string): string {
  return dateTimeFormat(language, 'time', { hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone: BERLIN_TIME_ZONE }).format(
    toDate(value),
  );
}

/** A number the reader's way ("1.234,5", "1,234.5"). */
export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  const locale = formattingLocale(language);
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** An amount of integer cents in `currency`, e.g. "15,00 €", "€15.00". */
export function formatMoney(cents: number, language: string, currency = 'EUR'): string {
  return formatNumber(cents / 100, language, { style: 'currency', currency });
}

function toDate(value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
}

import { formatDate } from '../i18n/formatting.js';

/** Today's calendar date in Bochum, `YYYY-MM-DD` (dates people enter are local dates). */
export function berlinToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A date for people to read, in their language and Berlin time, e.g. "1. Mai 2027" (see common/i18n/formatting). */
export function formatBerlinDate(date: Date, language: string): string {
  return formatDate(date, language);
}

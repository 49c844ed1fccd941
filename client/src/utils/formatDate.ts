import { intlLocale } from '../../../packages/shared/src/index.js';

const BERLIN = 'Europe/Berlin';

/** The browser's regional variant of the UI language if it has one (en-US: "November 21"), else the language's own locale (en-GB). */
export function localeFor(language: string): string {
  return navigator.languages?.find((tag) => tag.split('-')[0] === language) ?? intlLocale(language);
}

/** Whether this device is elsewhere than Bochum's time zone: then times say which zone they are in. */
function abroad(): boolean {
  return Intl.DateTimeFormat().resolvedOptions().timeZone !== BERLIN;
}

/** Formats an ISO date-time for people in Bochum: the locale's long date, Berlin time zone. */
export function formatDate(isoDateTime: string, language: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeZone: BERLIN }).format(date);
}

/** Date and time in Berlin time, e.g. "21. November 2026, 14:05"; on a device abroad with the zone ("… 14:05 MEZ"). */
export function formatDateTime(isoDateTime: string, language: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const locale = localeFor(language);
  if (!abroad()) return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: BERLIN }).format(date);
  // dateStyle/timeStyle cannot be combined with timeZoneName: the same fields spelled out.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: BERLIN,
    timeZoneName: 'short',
  }).format(date);
}

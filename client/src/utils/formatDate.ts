/** The browser's regional variant of the UI language if it has one (en-GB: "21 November"), else the language. */
function localeFor(language: string): string {
  return navigator.languages?.find((tag) => tag.split('-')[0] === language) ?? language;
}

/** Formats an ISO date-time for people in Bochum: the locale's long date, Berlin time zone. */
export function formatDate(isoDateTime: string, language: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);
}

/** Date and time, e.g. "21. November 2026, 14:05", in Berlin time. */
export function formatDateTime(isoDateTime: string, language: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);
}

import type { EventRegistration } from './operations';

/**
 * One CSV cell: quoted when needed, and a text that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, carriage return at the start) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The registrations of an event as CSV (header in the reader's language), downloaded by the browser. */
export function registrationsCsv(registrations: readonly EventRegistration[], header: string[]): string {
  const lines = [
    header.map(csvCell).join(','),
    ...registrations.map((registration) =>
      [registration.email, registration.status, registration.waitingPosition, registration.createdAt, registration.checkedInAt]
        .map(csvCell)
        .join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(content: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}

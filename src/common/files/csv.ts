/** A CSV cell: quoted, and defused against spreadsheet formulas (`=`, `+`, `-`, `@`, tab, CR at the start). */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Whether spreadsheets in this language write decimals with a comma (German), and so separate cells with `;`. */
function decimalComma(language: string): boolean {
  return new Intl.NumberFormat(language).format(1.5).includes(',');
}

/**
 * A whole CSV file for a reader: UTF-8 byte order mark (so spreadsheets read umlauts), `;` and decimal
 * commas where the language writes decimals with a comma (German), else `,`; CRLF lines.
 */
export function csvDocument(lines: readonly (readonly (string | number | null)[])[], language: string): string {
  const comma = decimalComma(language);
  const cell = (value: string | number | null) =>
    typeof value === 'number' && comma && !Number.isInteger(value) ? csvCell(String(value).replace('.', ',')) : csvCell(value);
  return `\uFEFF${lines.map((cells) => cells.map(cell).join(comma ? ';' : ',')).join('\r\n')}\r\n`;
}

/**
 * Human-readable payment references such as `BO-P-2026-000123-7`: prefix, year of the payment
 * (Europe/Berlin), a running number, and a Damm check digit over year and number. Damm catches
 * every single-digit error and every swap of two adjacent digits, the mistakes people make when
 * they copy a reference from a bank statement.
 */
const DAMM_TABLE = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

const PATTERN = /^BO-P-(\d{4})-(\d{6,})-(\d)$/;

export function dammCheckDigit(digits: string): number {
  if (!/^\d*$/.test(digits)) throw new Error('digits only');
  return [...digits].reduce((interim, digit) => DAMM_TABLE[interim][Number(digit)], 0);
}

export function yearInBerlin(date: Date): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Berlin' }).format(date));
}

export function formatPaymentReference(year: number, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new Error('the running number starts at 1');
  const running = String(number).padStart(6, '0');
  return `BO-P-${year}-${running}-${dammCheckDigit(`${year}${running}`)}`;
}

/** Accepts lower case and stray spaces, as people type them. */
export function parsePaymentReference(reference: string): { year: number; number: number } | null {
  const match = PATTERN.exec(reference.trim().toUpperCase().replace(/\s+/g, ''));
  if (!match) return null;
  const [, year, running, check] = match;
  if (dammCheckDigit(year + running) !== Number(check)) return null;
  return { year: Number(year), number: Number(running) };
}

/**
 * Trade registration numbers `GA-<year>-<serial, 6 digits>-<check digit>`, e.g. `GA-2026-000123-4`.
 *
 * The check digit is ISO/IEC 7064 MOD 11,10 over the ten digits of year and serial (the scheme
 * German tax identification numbers use): it catches every single mistyped digit and every swap of
 * two adjacent digits, without a letter or "X" in the number.
 */
export function checkDigit(digits: string): number {
  if (!/^[0-9]+$/.test(digits)) throw new Error('digits expected');
  let product = 10;
  for (const character of digits) {
    let sum = (product + Number(character)) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10;
}

export function formatRegistrationNumber(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new Error(`year ${year} out of range`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) throw new Error(`serial ${serial} out of range`);
  const serialText = String(serial).padStart(6, '0');
  return `GA-${year}-${serialText}-${checkDigit(`${year}${serialText}`)}`;
}

const NUMBER = /^GA-([0-9]{4})-([0-9]{6})-([0-9])$/;

export function isValidRegistrationNumber(value: string): boolean {
  const match = NUMBER.exec(value.trim().toUpperCase());
  return match !== null && checkDigit(`${match[1]}${match[2]}`) === Number(match[3]);
}

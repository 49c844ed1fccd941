import { dammCheckDigit, formatPaymentReference, parsePaymentReference, yearInBerlin } from './payment-reference.js';

describe('payment references', () => {
  it('formats year, running number and check digit', () => {
    expect(formatPaymentReference(2026, 123)).toMatch(/^BO-P-2026-000123-\d$/);
    expect(formatPaymentReference(2026, 1_234_567)).toMatch(/^BO-P-2026-1234567-\d$/);
  });

  it('computes the Damm check digit (known value 572 → 4)', () => {
    expect(dammCheckDigit('572')).toBe(4);
    expect(dammCheckDigit('5724')).toBe(0);
  });

  it('reads back what it wrote, also typed in lower case with spaces', () => {
    const reference = formatPaymentReference(2026, 42);
    expect(parsePaymentReference(reference)).toEqual({ year: 2026, number: 42 });
    expect(parsePaymentReference(` ${reference.toLowerCase().replace('-000042', '- 000042')} `)).toEqual({ year: 2026, number: 42 });
  });

  it('rejects every single-digit error and every adjacent swap', () => {
    const reference = formatPaymentReference(2026, 123_456);
    const digits = reference.replace(/\D/g, '');
    const rebuild = (d: string) => `BO-P-${d.slice(0, 4)}-${d.slice(4, 10)}-${d.slice(10)}`;
    for (let i = 0; i < digits.length; i += 1) {
      for (let wrong = 0; wrong <= 9; wrong += 1) {
        if (String(wrong) === digits[i]) continue;
        expect(parsePaymentReference(rebuild(digits.slice(0, i) + wrong + digits.slice(i + 1)))).toBeNull();
      }
      if (i + 1 < digits.length && digits[i] !== digits[i + 1]) {
        const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
        expect(parsePaymentReference(rebuild(swapped))).toBeNull();
      }
    }
  });

  it('rejects malformed references', () => {
    expect(parsePaymentReference('BO-C-2026-000001-0')).toBeNull();
    expect(parsePaymentReference('BO-P-2026-12-3')).toBeNull();
    expect(() => formatPaymentReference(2026, 0)).toThrow();
  });

  it('takes the year in Bochum’s time zone', () => {
    expect(yearInBerlin(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(yearInBerlin(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  });
});

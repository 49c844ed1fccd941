import { checkDigit, formatRegistrationNumber, isValidRegistrationNumber } from './registration-number.js';

describe('registration numbers', () => {
  it('formats year, serial and check digit', () => {
    expect(formatRegistrationNumber(2026, 123)).toMatch(/^GA-2026-000123-[0-9]$/);
    expect(isValidRegistrationNumber(formatRegistrationNumber(2026, 123))).toBe(true);
  });

  it('computes ISO 7064 MOD 11,10', () => {
    // '1': s = 11 mod 10 = 1, p = 2 → (11 − 2) mod 10 = 9. '00': s = 10, p = 9; s = 9, p = 7 → 4.
    expect(checkDigit('1')).toBe(9);
    expect(checkDigit('00')).toBe(4);
  });

  it('detects every single wrong digit and every adjacent swap', () => {
    for (const serial of [1, 123, 98_765, 999_999]) {
      const number = formatRegistrationNumber(2026, serial);
      const digits = number.replace(/\D/g, '').split('');
      for (let position = 0; position < digits.length - 1; position += 1) {
        for (let digit = 0; digit <= 9; digit += 1) {
          if (String(digit) === digits[position]) continue;
          const changed = [...digits];
          changed[position] = String(digit);
          expect(isValidRegistrationNumber(`GA-${changed.slice(0, 4).join('')}-${changed.slice(4, 10).join('')}-${digits[10]}`)).toBe(
            false,
          );
        }
        if (digits[position] !== digits[position + 1]) {
          const swapped = [...digits];
          [swapped[position], swapped[position + 1]] = [swapped[position + 1], swapped[position]];
          expect(isValidRegistrationNumber(`GA-${swapped.slice(0, 4).join('')}-${swapped.slice(4, 10).join('')}-${digits[10]}`)).toBe(
            false,
          );
        }
      }
    }
  });

  it('refuses malformed numbers', () => {
    expect(isValidRegistrationNumber('GA-2026-123-4')).toBe(false);
    expect(isValidRegistrationNumber('XX-2026-000123-4')).toBe(false);
    expect(() => formatRegistrationNumber(2026, 0)).toThrow();
    expect(() => formatRegistrationNumber(2026, 1_000_000)).toThrow();
  });
});

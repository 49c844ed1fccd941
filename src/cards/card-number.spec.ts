import { formatCardNumber, isValidCardNumber, luhnCheckDigit, newCardNumber } from './card-number.js';

describe('card numbers', () => {
  it('computes the Luhn check digit', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(isValidCardNumber('4412 3456 7890')).toBe(luhnCheckDigit('44123456789') === 0);
  });

  it('makes valid, formatted numbers starting with 44', () => {
    for (let i = 0; i < 200; i += 1) {
      const number = newCardNumber();
      expect(number).toMatch(/^44\d{10}$/);
      expect(isValidCardNumber(number)).toBe(true);
    }
    expect(formatCardNumber('441234567890')).toBe('4412 3456 7890');
  });

  it('detects a mistyped digit and swapped neighbours', () => {
    const number = newCardNumber();
    const typo = number.slice(0, 5) + ((Number(number[5]) + 1) % 10) + number.slice(6);
    expect(isValidCardNumber(typo)).toBe(false);
    const a = number[3];
    const b = number[4];
    if (a !== b && Math.abs(Number(a) - Number(b)) !== 9) {
      expect(isValidCardNumber(number.slice(0, 3) + b + a + number.slice(5))).toBe(false);
    }
  });
});

import { randomInt } from 'node:crypto';

/** Bochum's postcodes start with 44; card numbers do too. */
const PREFIX = '44';

/** The Luhn check digit of a string of digits (as on payment cards). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidCardNumber(number: string): boolean {
  const digits = number.replace(/\s/g, '');
  return /^\d{12}$/.test(digits) && luhnCheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));
}

/** A random card number: `44` + nine random digits + Luhn check digit. Uniqueness is the database's job. */
export function newCardNumber(): string {
  const body = PREFIX + String(randomInt(0, 1_000_000_000)).padStart(9, '0');
  return body + luhnCheckDigit(body);
}

/** `441234567890` → `4412 3456 7890`. */
export function formatCardNumber(number: string): string {
  return number.replace(/(\d{4})(?=\d)/g, '$1 ');
}

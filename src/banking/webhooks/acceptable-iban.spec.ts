import type { PartnerBank } from '../entities/partner-bank.entity.js';
import { germanIban } from '../sandbox-bank/sandbox-rules.js';
import { acceptableIban } from './bank-webhook.service.js';

describe('acceptableIban', () => {
  const bank = { bankCode: '43099001' } as PartnerBank;

  it('accepts a valid German IBAN of the sending bank, in either format', () => {
    const iban = germanIban('43099001', '9000000017');
    expect(acceptableIban(iban, bank)).toBe(iban);
    expect(acceptableIban(iban.replace(/(.{4})/g, '$1 ').trim(), bank)).toBe(iban);
  });

  it('refuses wrong check digits, another bank, another country and garbage', () => {
    const iban = germanIban('43099001', '9000000017');
    const wrongDigits = `DE${String((Number(iban.slice(2, 4)) + 1) % 100).padStart(2, '0')}${iban.slice(4)}`;
    expect(acceptableIban(wrongDigits, bank)).toBeNull();
    expect(acceptableIban(germanIban('43099002', '9000000017'), bank)).toBeNull();
    expect(acceptableIban('FR1420041010050500013M02606', bank)).toBeNull();
    expect(acceptableIban('not an iban', bank)).toBeNull();
  });
});

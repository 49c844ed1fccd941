import { extractIBAN, isValidIBAN } from 'ibantools';
import { germanIban, sandboxDecision } from './sandbox-rules.js';

describe('sandbox bank rules', () => {
  it('declines names containing "Decline" with a reason', () => {
    expect(sandboxDecision('Acme Decline Ltd', false)).toMatchObject({ outcome: 'declined', reasonCode: 'risk_policy' });
    expect(sandboxDecision('DECLINE SARL', true).outcome).toBe('declined');
  });

  it('asks once for documents when the name contains "Documents"', () => {
    expect(sandboxDecision('Documents GmbH', false)).toMatchObject({
      outcome: 'documents_requested',
      documentKind: 'proof_of_business_activity',
    });
    expect(sandboxDecision('Documents GmbH', true)).toEqual({ outcome: 'opened' });
  });

  it('opens every other account', () => {
    expect(sandboxDecision('Nordlicht Oy', false)).toEqual({ outcome: 'opened' });
  });

  it('builds valid German IBANs with correct check digits', () => {
    const iban = germanIban('43099001', '0000000042');
    expect(isValidIBAN(iban)).toBe(true);
    expect(iban).toMatch(/^DE\d{2}430990010000000042$/);
    expect(extractIBAN(iban)).toMatchObject({ countryCode: 'DE', bban: '430990010000000042', valid: true });
    expect(germanIban('37040044', '0532013000')).toBe('DE89370400440532013000');
    expect(() => germanIban('123', '0000000042')).toThrow();
  });
});

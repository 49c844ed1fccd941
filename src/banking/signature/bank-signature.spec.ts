import { signBankPayload, verifyBankSignature } from './bank-signature.js';

const secret = 'a-bank-webhook-secret-of-sufficient-length';
const body = Buffer.from('{"eventId":"e1","sequence":1}');
const now = 1_800_000_000;

describe('bank signatures', () => {
  it('accepts a signature over the exact body within the tolerance', () => {
    expect(verifyBankSignature(signBankPayload(secret, body, now - 299), body, secret, now)).toBe('valid');
    expect(verifyBankSignature(signBankPayload(secret, body, now + 299), body, secret, now)).toBe('valid');
  });

  it('refuses a changed body, another secret or a changed signature', () => {
    const header = signBankPayload(secret, body, now);
    expect(verifyBankSignature(header, Buffer.from('{"eventId":"e1","sequence":2}'), secret, now)).toBe('mismatch');
    expect(verifyBankSignature(header, body, `${secret}x`, now)).toBe('mismatch');
    const flipped = header.replace(/v1=(.)/, (_, c: string) => `v1=${c === 'a' ? 'b' : 'a'}`);
    expect(verifyBankSignature(flipped, body, secret, now)).toBe('mismatch');
  });

  it('refuses a stale or future timestamp', () => {
    expect(verifyBankSignature(signBankPayload(secret, body, now - 301), body, secret, now)).toBe('stale');
    expect(verifyBankSignature(signBankPayload(secret, body, now + 301), body, secret, now)).toBe('stale');
  });

  it('tells missing and malformed headers apart', () => {
    expect(verifyBankSignature(undefined, body, secret, now)).toBe('missing');
    expect(verifyBankSignature(['a', 'b'], body, secret, now)).toBe('missing');
    expect(verifyBankSignature('t=1', body, secret, now)).toBe('malformed');
    expect(verifyBankSignature(`v1=${'0'.repeat(64)}`, body, secret, now)).toBe('malformed');
    expect(verifyBankSignature(`t=${now},v1=xyz`, body, secret, now)).toBe('malformed');
    expect(verifyBankSignature(`t=${now},v1=a=b`, body, secret, now)).toBe('malformed');
  });

  it('accepts any of several v1 signatures (secret rotation)', () => {
    const good = signBankPayload(secret, body, now).split(',')[1];
    expect(verifyBankSignature(`t=${now},v1=${'0'.repeat(64)},${good}`, body, secret, now)).toBe('valid');
  });
});

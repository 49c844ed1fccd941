import { registerExtractLink, registerExtractLinkValid } from './register-extract-link.js';

const secret = 'bank-secret-bank-secret-bank-secret';
const id = '3f0c8b5e-6f41-4c4e-9a57-3b8f1a2c9d10';
const now = 1_800_000_000;

function partsOf(link: string) {
  const url = new URL(link);
  return { expires: url.searchParams.get('expires') ?? undefined, signature: url.searchParams.get('signature') ?? undefined };
}

describe('register extract links', () => {
  it('are valid for their application until they expire', () => {
    const { expires, signature } = partsOf(registerExtractLink('http://x', secret, id, now));
    expect(registerExtractLinkValid(secret, id, expires, signature, now + 10)).toBe(true);
    expect(registerExtractLinkValid(secret, id, expires, signature, now + 3601)).toBe(false);
  });

  it('refuse another application, another secret, a changed expiry or garbage', () => {
    const { expires, signature } = partsOf(registerExtractLink('http://x', secret, id, now));
    expect(registerExtractLinkValid(secret, id.replace('3f', '4f'), expires, signature, now)).toBe(false);
    expect(registerExtractLinkValid(`${secret}x`, id, expires, signature, now)).toBe(false);
    expect(registerExtractLinkValid(secret, id, String(Number(expires) - 1), signature, now)).toBe(false);
    expect(registerExtractLinkValid(secret, id, expires, 'zz', now)).toBe(false);
    expect(registerExtractLinkValid(secret, id, undefined, signature, now)).toBe(false);
  });
});

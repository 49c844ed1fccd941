import { SecretBox, sandboxBankSecret } from './secret-box.js';

describe('SecretBox', () => {
  it('round-trips and never stores the plaintext', () => {
    const box = new SecretBox('a-passphrase-that-is-long-enough-000');
    const sealed = box.seal('whsec-plain');
    expect(sealed).not.toContain('whsec-plain');
    expect(box.open(sealed)).toBe('whsec-plain');
    expect(box.seal('whsec-plain')).not.toBe(sealed);
  });

  it('refuses another key or a changed ciphertext', () => {
    const sealed = new SecretBox('a-passphrase-that-is-long-enough-000').seal('secret');
    expect(() => new SecretBox('another-passphrase-that-is-long-000').open(sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('other').toString('base64url');
    expect(() => new SecretBox('a-passphrase-that-is-long-enough-000').open(parts.join('.'))).toThrow();
  });

  it('derives a distinct sandbox secret per bank', () => {
    expect(sandboxBankSecret('root-secret-root-secret-root-secret', 'a')).toBe(
      sandboxBankSecret('root-secret-root-secret-root-secret', 'a'),
    );
    expect(sandboxBankSecret('root-secret-root-secret-root-secret', 'a')).not.toBe(
      sandboxBankSecret('root-secret-root-secret-root-secret', 'b'),
    );
  });
});

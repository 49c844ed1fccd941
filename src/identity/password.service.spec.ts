import argon2 from 'argon2';
import { buildConfig } from '../config/app-config.js';
import { IdentityException } from './identity.exception.js';
import { PasswordService } from './password.service.js';

describe('PasswordService', () => {
  const service = new PasswordService(buildConfig({ PASSWORD_HASH_CONCURRENCY: '2' }));

  const reasonOf = (password: string, email = 'person@example.org') => {
    try {
      service.assertAcceptable(password, email);
      return 'accepted';
    } catch (error) {
      return (error as IdentityException).options.fields?.[0].constraint;
    }
  };

  it('accepts a long, uncommon password', () => {
    expect(reasonOf('Glückauf-vom-Bermuda3eck')).toBe('accepted');
  });

  it('refuses short, common, repetitive and e-mail-derived passwords', () => {
    expect(reasonOf('Kurz-123')).toBe('password_too_short');
    expect(reasonOf('x'.repeat(257))).toBe('password_too_long');
    expect(reasonOf('qwerty123456')).toBe('password_common');
    expect(reasonOf('Password1234567!')).toBe('password_common');
    expect(reasonOf('aaaaaaaaaaaaaaaa')).toBe('password_common');
    expect(reasonOf('my-name-is-annika.schulz', 'annika.schulz@example.org')).toBe('password_contains_email');
  });

  it('hashes with argon2id at ≥ 19 MiB and two passes, and verifies', async () => {
    const hash = await service.hash('Glückauf-vom-Bermuda3eck');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await expect(service.verify(hash, 'Glückauf-vom-Bermuda3eck')).resolves.toBe(true);
    await expect(service.verify(hash, 'wrong')).resolves.toBe(false);
    await expect(service.verify(null, 'anything')).resolves.toBe(false);
    expect(service.needsRehash(hash)).toBe(false);
    expect(service.needsRehash(await argon2.hash('x', { type: argon2.argon2id, memoryCost: 4096, timeCost: 1 }))).toBe(true);
  });

  it('hashes cheaply only in tests, where the configuration allows it', async () => {
    const fast = new PasswordService(buildConfig({ NODE_ENV: 'test', PASSWORD_HASH_PROFILE: 'fast-test-only' }));
    const hash = await fast.hash('Glückauf-vom-Bermuda3eck');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    await expect(fast.verify(hash, 'Glückauf-vom-Bermuda3eck')).resolves.toBe(true);
    expect(service.needsRehash(hash)).toBe(true);
    expect(() => buildConfig({ NODE_ENV: 'development', PASSWORD_HASH_PROFILE: 'fast-test-only' })).toThrow(/PASSWORD_HASH_PROFILE/);
    expect(() => buildConfig({ NODE_ENV: 'production', PASSWORD_HASH_PROFILE: 'fast-test-only' })).toThrow(/PASSWORD_HASH_PROFILE/);
  });
});

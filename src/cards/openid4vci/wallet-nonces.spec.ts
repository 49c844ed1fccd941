import { NONCE_LIFETIME_SECONDS, WalletNonces } from './wallet-nonces.js';

describe('WalletNonces', () => {
  const nonces = new WalletNonces('a secret');
  const now = Date.UTC(2026, 11, 7, 12);

  it('accepts its own nonce until it expires', () => {
    const { nonce, expiresAt } = nonces.issue(now);
    expect(expiresAt.getTime()).toBe(now + NONCE_LIFETIME_SECONDS * 1000);
    expect(nonces.check(nonce, now + 1000)).toEqual(expiresAt);
    expect(nonces.check(nonce, expiresAt.getTime())).toBeNull();
  });

  it('refuses a nonce of another secret, a changed expiry and garbage', () => {
    const { nonce } = nonces.issue(now);
    expect(new WalletNonces('another secret').check(nonce, now)).toBeNull();
    const [random, expiry, mac] = nonce.split('.');
    expect(nonces.check(`${random}.${Number(expiry) + 3600}.${mac}`, now)).toBeNull();
    for (const garbage of [undefined, 42, '', 'abc', `${nonce}x`]) expect(nonces.check(garbage, now)).toBeNull();
  });

  it('makes a different nonce every time', () => {
    expect(nonces.issue(now).nonce).not.toBe(nonces.issue(now).nonce);
  });
});

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a `c_nonce` is accepted in a proof of the wallet's key. */
export const NONCE_LIFETIME_SECONDS = 300;

/**
 * Stateless `c_nonce` values for OpenID4VCI key proofs: `<random>.<expiry>.<HMAC>`. The nonce
 * endpoint is public, so it writes nothing; the issuer recognises its own, unexpired nonces. Replay
 * of a proof is harmless: an access token issues one credential only.
 */
export class WalletNonces {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', 'bochum-openid4vci-c-nonce').update(secret).digest();
  }

  issue(now = Date.now()): { nonce: string; expiresAt: Date } {
    const expiresAt = Math.floor(now / 1000) + NONCE_LIFETIME_SECONDS;
    const body = `${randomBytes(16).toString('base64url')}.${expiresAt}`;
    return { nonce: `${body}.${this.mac(body)}`, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The nonce's expiry when this issuer made it and it has not expired; otherwise null. */
  check(nonce: unknown, now = Date.now()): Date | null {
    if (typeof nonce !== 'string') return null;
    const match = /^([A-Za-z0-9_-]{22}\.(\d{1,12}))\.([A-Za-z0-9_-]{43})$/.exec(nonce);
    if (!match) return null;
    const [, body, expiry, mac] = match;
    const expected = Buffer.from(this.mac(body));
    if (!timingSafeEqual(expected, Buffer.from(mac))) return null;
    const expiresAt = Number(expiry) * 1000;
    return expiresAt > now ? new Date(expiresAt) : null;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

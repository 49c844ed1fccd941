import { fromBase64Url } from './encoding.js';

/** The P-256 public key of a JWK (`kty` EC, `crv` P-256). */
export interface Es256PublicJwk {
  x: string;
  y: string;
}

/**
 * The cryptography the verifier needs: SHA-256 and ES256 signature checks (P-256, SHA-256,
 * IEEE P1363 signatures as in JWS). Web Crypto by default; a server may give a faster one of its own
 * (the city's server uses node:crypto, which checks synchronously without Web Crypto's promise jobs).
 */
export interface Es256Crypto<Key = unknown> {
  /** SHA-256 of `data` (text as UTF-8). */
  sha256(data: string | Uint8Array): Uint8Array | Promise<Uint8Array>;
  importPublicKey(jwk: Es256PublicJwk): Key | Promise<Key>;
  /** Whether `signature` (base64url) is `key`'s signature of the ASCII text `data`; false, never a throw, for a malformed one. */
  verify(key: Key, data: string, signature: string): boolean | Promise<boolean>;
}

/** A Web Crypto key, named so that both the DOM's and Node's typings accept it. */
type WebCryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/** Web Crypto (`crypto.subtle`): browsers and Node. */
export const webEs256Crypto: Es256Crypto<WebCryptoKey> = {
  async sha256(data) {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  },
  importPublicKey({ x, y }) {
    return crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x, y }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  },
  async verify(key, data, signature) {
    try {
      return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromBase64Url(signature), new TextEncoder().encode(data));
    } catch {
      return false;
    }
  },
};

/** The P-256 key of `jwk` when it is one (public only), else null. */
export function es256PublicJwkOf(jwk: unknown): Es256PublicJwk | null {
  if (typeof jwk !== 'object' || jwk === null) return null;
  const { kty, crv, x, y } = jwk as Record<string, unknown>;
  if (kty !== 'EC' || crv !== 'P-256' || 'd' in jwk || typeof x !== 'string' || typeof y !== 'string') return null;
  return { x, y };
}

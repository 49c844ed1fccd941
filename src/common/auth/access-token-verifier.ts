import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from './access-token.js';

/** `Authorization: Bearer <token>` as passport-jwt's `fromAuthHeaderAsBearerToken` reads it. */
const BEARER = /^\s*(\S+)\s+(\S+)\s*$/;
/** Longer than any access token the server issues: refused before any work. */
const MAX_TOKEN_LENGTH = 4096;

export function bearerTokenOf(authorization: unknown): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  const match = BEARER.exec(authorization);
  return match && match[1].toLowerCase() === 'bearer' ? match[2] : undefined;
}

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Verifies an access JWT directly with node:crypto, with the checks jsonwebtoken made for
 * passport-jwt (HS256 only, signature, `aud`, `iss`, `exp` and `nbf` when present and numeric),
 * without the passport round trip: the claims, or null for any token that is not valid now.
 */
export function verifyAccessToken(token: string, key: KeyObject, nowSeconds = Math.floor(Date.now() / 1000)): AccessTokenClaims | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const firstDot = token.indexOf('.');
  const secondDot = token.indexOf('.', firstDot + 1);
  if (firstDot <= 0 || secondDot <= firstDot + 1 || token.indexOf('.', secondDot + 1) !== -1) return null;
  const header = decodeJson(token.slice(0, firstDot));
  if (!isObject(header) || header.alg !== 'HS256') return null;
  // Compared as text, so that no other spelling of the same bytes passes.
  const signature = Buffer.from(token.slice(secondDot + 1));
  const expected = Buffer.from(createHmac('sha256', key).update(token.slice(0, secondDot)).digest('base64url'));
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return null;
  const claims = decodeJson(token.slice(firstDot + 1, secondDot));
  if (!isObject(claims)) return null;
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || nowSeconds < claims.nbf)) return null;
  if (claims.exp !== undefined && (typeof claims.exp !== 'number' || nowSeconds >= claims.exp)) return null;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(ACCESS_TOKEN_AUDIENCE)) return null;
  if (claims.iss !== ACCESS_TOKEN_ISSUER) return null;
  return claims as unknown as AccessTokenClaims;
}

/**
 * `verifyAccessToken` with its answers remembered per token: a token seen valid is not decoded and
 * its signature not computed again on each request (a client sends the same one for minutes); its
 * `nbf` and `exp` are judged again at every use. Only valid tokens are remembered, at most
 * `maxEntries` (the oldest are dropped first), so refused tokens cannot fill it.
 */
export class VerifiedAccessTokens {
  private readonly verified = new Map<string, AccessTokenClaims>();

  constructor(
    private readonly key: KeyObject,
    private readonly maxEntries = 10_000,
  ) {}

  claimsOf(token: string, nowSeconds = Math.floor(Date.now() / 1000)): AccessTokenClaims | null {
    const known = this.verified.get(token);
    if (known) {
      if (isValidAt(known, nowSeconds)) return known;
      this.verified.delete(token);
      return null;
    }
    const claims = verifyAccessToken(token, this.key, nowSeconds);
    if (!claims) return null;
    if (this.verified.size >= this.maxEntries) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, claims);
    return claims;
  }

  get size(): number {
    return this.verified.size;
  }
}

function isValidAt(claims: AccessTokenClaims, nowSeconds: number): boolean {
  const { nbf, exp } = claims as { nbf?: number; exp?: number };
  return (nbf === undefined || nowSeconds >= nbf) && (exp === undefined || nowSeconds < exp);
}

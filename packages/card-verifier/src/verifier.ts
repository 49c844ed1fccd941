import { getListFromStatusListJWT, type StatusList } from '@sd-jwt/jwt-status-list';
import type { JSONWebKeySet } from 'jose';
import {
  CARD_VCT_PATH,
  KB_JWT_TYPE,
  MAX_KEY_BINDING_AGE_SECONDS,
  SD_JWT_VC_TYPE,
  STATUS_LIST_JWT_TYPE,
  TokenStatus,
  type CardCategory,
  type CardVerdict,
  type CardVerificationReason,
  type CitizenCardClaims,
} from './credential.js';
import { jsonOfBase64Url, splitSdJwt, toBase64Url } from './encoding.js';
import { es256PublicJwkOf, webEs256Crypto, type Es256Crypto } from './es256-crypto.js';

export interface VerifyOptions {
  /** Milliseconds since the epoch; default now. */
  now?: number;
  /** Categories an offer needs (any of them); absent: only validity is checked. */
  requiredCategories?: readonly string[];
  /** Key Binding JWT audiences this verifier accepts (e.g. the venue id and the generic audience). */
  audiences?: readonly string[];
}

type JsonObject = Record<string, unknown>;
const isJsonObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Verifies citizen cards offline: the issuer's JWKS and a signed Token Status List are all it needs
 * (fetch them from `/.well-known/jwt-vc-issuer` / the credential's status URI and cache them as
 * their Cache-Control allows). The SD-JWT VC (RFC 9901, SD-JWT VC) is checked in one pass: the
 * issuer's signature, every disclosure against the issuer-signed digests (top-level claims, as the
 * city issues them), and the holder's Key Binding JWT; the spec checks it against credentials that
 * `@sd-jwt/sd-jwt-vc` issues.
 */
export class SdJwtCardVerifier {
  private readonly keys = new Map<string, Promise<unknown>>();

  private constructor(
    private readonly issuer: string,
    private readonly issuerKeys: JSONWebKeySet,
    private readonly statusListUri: string,
    private readonly statusList: StatusList,
    private readonly crypto: Es256Crypto,
  ) {}

  /**
   * Checks the status list's signature (`typ` statuslist+jwt, ES256, a key of `jwks`) and expiry,
   * and builds a verifier for credentials of `issuer`. `crypto`: Web Crypto unless given.
   */
  static async create(
    input: { issuer: string; jwks: JSONWebKeySet; statusListJwt: string; crypto?: Es256Crypto },
    now = Date.now(),
  ): Promise<SdJwtCardVerifier> {
    const crypto = input.crypto ?? webEs256Crypto;
    const probe = new SdJwtCardVerifier(input.issuer, input.jwks, '', undefined as unknown as StatusList, crypto);
    const [header, payload, signature] = input.statusListJwt.split('.');
    let protectedHeader: { typ?: unknown; alg?: unknown; kid?: unknown };
    let claims: { sub?: unknown; exp?: unknown };
    try {
      protectedHeader = jsonOfBase64Url(header);
      claims = jsonOfBase64Url(payload);
    } catch {
      throw new Error('not a status list of this issuer');
    }
    if (protectedHeader.typ !== STATUS_LIST_JWT_TYPE || protectedHeader.alg !== 'ES256' || typeof protectedHeader.kid !== 'string') {
      throw new Error('not a status list of this issuer');
    }
    const key = await probe.keyFor(protectedHeader.kid);
    if (!key) throw new Error('status list signed by an unknown key');
    if (typeof signature !== 'string' || !(await crypto.verify(key, `${header}.${payload}`, signature))) {
      throw new Error('status list signature is not valid');
    }
    if (typeof claims.sub !== 'string') throw new Error('status list without subject');
    if (claims.exp !== undefined && (typeof claims.exp !== 'number' || claims.exp * 1000 < now)) {
      throw new Error('status list has expired; fetch a new one');
    }
    return new SdJwtCardVerifier(input.issuer, input.jwks, claims.sub, getListFromStatusListJWT(input.statusListJwt), crypto);
  }

  /** True when `code` looks like an SD-JWT (so a caller can route older formats elsewhere). */
  static isSdJwt(code: string): boolean {
    return splitSdJwt(code) !== null;
  }

  async verify(code: string, options: VerifyOptions = {}): Promise<CardVerdict> {
    const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
    if (code.length > 4000) return refusal('UNKNOWN_CARD');
    const parts = splitSdJwt(code);
    if (!parts) return refusal('UNKNOWN_CARD');
    const [headerPart, payloadPart, issuerSignature] = parts.jwt.split('.');
    let header: unknown;
    let unverified: unknown;
    let kb: { header: unknown; payload: unknown } | undefined;
    try {
      header = jsonOfBase64Url(headerPart);
      unverified = jsonOfBase64Url(payloadPart);
      const [kbHeader, kbPayload] = parts.kbJwt ? parts.kbJwt.split('.') : [];
      kb = parts.kbJwt ? { header: jsonOfBase64Url(kbHeader), payload: jsonOfBase64Url(kbPayload) } : undefined;
    } catch {
      return refusal('UNKNOWN_CARD');
    }
    if (!isJsonObject(header) || header.typ !== SD_JWT_VC_TYPE || header.alg !== 'ES256' || !isJsonObject(unverified)) {
      return refusal('UNKNOWN_CARD');
    }
    if (unverified.iss !== this.issuer || unverified.vct !== `${this.issuer.replace(/\/$/, '')}${CARD_VCT_PATH}`) {
      return refusal('UNKNOWN_CARD');
    }
    // A device-bound credential needs the device's key binding; a printed one has none to give.
    if (Boolean(unverified.cnf) !== Boolean(kb)) return refusal('INVALID_SIGNATURE');
    if (!(await this.verifyIssuerSignature(header.kid, `${headerPart}.${payloadPart}`, issuerSignature)))
      return refusal('INVALID_SIGNATURE');
    const disclosed = await this.disclosedClaims(unverified, parts.disclosures);
    if (!disclosed || !isCardClaims(disclosed)) return refusal(disclosed ? 'UNKNOWN_CARD' : 'INVALID_SIGNATURE');
    const claims = disclosed;

    if (kb) {
      const presented = `${[parts.jwt, ...parts.disclosures].join('~')}~`;
      const binding = await this.keyBinding(claims.cnf?.jwk, kb, parts.kbJwt, presented);
      if (!binding) return refusal('INVALID_SIGNATURE');
      if (typeof binding.aud !== 'string' || !options.audiences?.includes(binding.aud)) return refusal('INVALID_SIGNATURE');
      if (typeof binding.iat !== 'number' || Math.abs(nowSeconds - binding.iat) > MAX_KEY_BINDING_AGE_SECONDS) {
        return refusal('STALE_PRESENTATION', claims, 'active');
      }
    }

    const reference = claims.status?.status_list;
    if (!reference || reference.uri !== this.statusListUri) return refusal('UNKNOWN_CARD');
    let listed: number;
    try {
      listed = this.statusList.getStatus(reference.idx);
    } catch {
      return refusal('UNKNOWN_CARD');
    }
    if (listed === TokenStatus.suspended) return refusal('SUSPENDED', claims, 'suspended');
    if (listed !== TokenStatus.valid) return refusal('REVOKED', claims, 'revoked');
    if (nowSeconds >= claims.exp || nowSeconds < claims.nbf) return refusal('EXPIRED', claims, 'expired');

    const eligible = !options.requiredCategories || claims.categories.some((category) => options.requiredCategories!.includes(category));
    const signature = (kb ? parts.kbJwt : parts.jwt).split('.')[2];
    return {
      valid: true,
      eligible,
      reason: eligible ? null : 'NOT_ELIGIBLE',
      presentation: kb ? 'device' : 'static',
      card: cardOf(claims, 'active'),
      holderName: kb ? null : typeof claims.name === 'string' ? claims.name : null,
      presentationSignature: signature,
    };
  }

  private async verifyIssuerSignature(kid: unknown, data: string, signature: string): Promise<boolean> {
    if (typeof kid !== 'string') return false;
    const key = await this.keyFor(kid);
    return key !== null && (await this.crypto.verify(key, data, signature));
  }

  /**
   * The issuer-signed claims with the disclosed ones added (RFC 9901 §7.1): every disclosure's
   * SHA-256 digest must be one of the payload's `_sd` digests, each at most once, and name a claim
   * the payload does not have; null when any is not.
   */
  private async disclosedClaims(payload: JsonObject, disclosures: string[]): Promise<JsonObject | null> {
    const { _sd: digests, _sd_alg: algorithm, ...claims } = payload;
    if (algorithm !== undefined && algorithm !== 'sha-256') return null;
    if (digests !== undefined && (!Array.isArray(digests) || digests.some((digest) => typeof digest !== 'string'))) return null;
    const used = new Set<string>();
    for (const disclosure of disclosures) {
      const digest = toBase64Url(await this.crypto.sha256(disclosure));
      if (!digests?.includes(digest) || used.has(digest)) return null;
      used.add(digest);
      let decoded: unknown;
      try {
        decoded = jsonOfBase64Url(disclosure);
      } catch {
        return null;
      }
      if (!Array.isArray(decoded) || decoded.length !== 3 || typeof decoded[0] !== 'string' || typeof decoded[1] !== 'string') return null;
      const [, name, value] = decoded as [string, string, unknown];
      if (name === '_sd' || name === '_sd_alg' || name === '...' || Object.hasOwn(claims, name)) return null;
      // Defined, not assigned: a claim named `__proto__` stays a claim.
      Object.defineProperty(claims, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return claims;
  }

  /**
   * The Key Binding JWT's payload when it holds (RFC 9901 §7.3): `typ` kb+jwt, ES256 by the
   * credential's device key (`cnf`), a nonce, and `sd_hash` over exactly the presented SD-JWT;
   * null otherwise. Its audience and age are judged by the caller.
   */
  private async keyBinding(
    deviceJwk: unknown,
    kb: { header: unknown; payload: unknown },
    kbJwt: string,
    presented: string,
  ): Promise<JsonObject | null> {
    const { header, payload } = kb;
    if (!isJsonObject(header) || header.typ !== KB_JWT_TYPE || header.alg !== 'ES256' || !isJsonObject(payload)) return null;
    if (typeof payload.nonce !== 'string' || payload.sd_hash !== toBase64Url(await this.crypto.sha256(presented))) return null;
    const publicJwk = es256PublicJwkOf(deviceJwk);
    if (!publicJwk) return null;
    const lastDot = kbJwt.lastIndexOf('.');
    try {
      const deviceKey = await this.crypto.importPublicKey(publicJwk);
      return (await this.crypto.verify(deviceKey, kbJwt.slice(0, lastDot), kbJwt.slice(lastDot + 1))) ? payload : null;
    } catch {
      return null;
    }
  }

  /** The issuer's key `kid` (a P-256 key of the JWKS), imported once; null when there is none. */
  private keyFor(kid: string): Promise<unknown> {
    let key = this.keys.get(kid);
    if (!key) {
      const jwk = es256PublicJwkOf(this.issuerKeys.keys.find((candidate) => candidate.kid === kid));
      key = jwk ? Promise.resolve(this.crypto.importPublicKey(jwk)).catch(() => null) : Promise.resolve(null);
      this.keys.set(kid, key);
    }
    return key;
  }
}

/** The claims the verdict reads, with their types (issuer-signed, so only an issuer's mistake fails here). */
function isCardClaims(claims: JsonObject): claims is JsonObject & CitizenCardClaims {
  const reference = isJsonObject(claims.status) && isJsonObject(claims.status.status_list) ? claims.status.status_list : null;
  return (
    typeof claims.exp === 'number' &&
    (claims.nbf === undefined || typeof claims.nbf === 'number') &&
    typeof claims.card_number === 'string' &&
    Array.isArray(claims.categories) &&
    claims.categories.every((category) => typeof category === 'string') &&
    typeof claims.district === 'string' &&
    reference !== null &&
    typeof reference.idx === 'number' &&
    typeof reference.uri === 'string'
  );
}

function cardOf(claims: CitizenCardClaims, status: NonNullable<CardVerdict['card']>['status']): NonNullable<CardVerdict['card']> {
  return {
    id: claims.card_number,
    credentialId: `${claims.status.status_list.uri}#${claims.status.status_list.idx}`,
    status,
    validUntil: new Date(claims.exp * 1000).toISOString(),
    categories: claims.categories as CardCategory[],
    district: claims.district,
  };
}

function refusal(
  reason: CardVerificationReason,
  claims?: CitizenCardClaims,
  status?: NonNullable<CardVerdict['card']>['status'],
): CardVerdict {
  return {
    valid: false,
    eligible: false,
    reason,
    presentation: null,
    card: claims && status ? cardOf(claims, status) : null,
    holderName: null,
    presentationSignature: null,
  };
}

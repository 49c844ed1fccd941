import { getListFromStatusListJWT, type StatusList } from '@sd-jwt/jwt-status-list';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import type { JSONWebKeySet } from 'jose';
import {
  CARD_VCT_PATH,
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

/**
 * The library's SD-JWT VC verification (signature, disclosures, key binding) without its status
 * step, which would fetch the list over the network (and judge the list's times by the credential's
 * clock): the list is verified once in `SdJwtCardVerifier.create` and looked up in `verify`, offline.
 * (`verifyStatus` is private in @sd-jwt/sd-jwt-vc 0.19; the offline e2e test fails if it changes.)
 */
function offlineSdJwtVc(config: ConstructorParameters<typeof SDJwtVcInstance>[0]): SDJwtVcInstance {
  const instance = new SDJwtVcInstance(config);
  Object.defineProperty(instance, 'verifyStatus', { value: () => Promise.resolve() });
  return instance;
}

export interface VerifyOptions {
  /** Milliseconds since the epoch; default now. */
  now?: number;
  /** Categories an offer needs (any of them); absent: only validity is checked. */
  requiredCategories?: readonly string[];
  /** Key Binding JWT audiences this verifier accepts (e.g. the venue id and the generic audience). */
  audiences?: readonly string[];
}

/**
 * Verifies citizen cards offline: the issuer's JWKS and a signed Token Status List are all it needs
 * (fetch them from `/.well-known/jwt-vc-issuer` / the credential's status URI and cache them as
 * their Cache-Control allows). Signatures and disclosures are checked with `@sd-jwt/sd-jwt-vc`.
 */
export class SdJwtCardVerifier {
  private readonly keys = new Map<string, Promise<unknown>>();
  private readonly sdJwt: SDJwtVcInstance;

  private constructor(
    private readonly issuer: string,
    private readonly issuerKeys: JSONWebKeySet,
    private readonly statusListUri: string,
    private readonly statusList: StatusList,
    private readonly crypto: Es256Crypto,
  ) {
    this.sdJwt = offlineSdJwtVc({
      hasher: (data, alg) => {
        // `_sd_alg` sha-256 only.
        if (alg.toLowerCase() !== 'sha-256') throw new Error(`unsupported hash algorithm ${alg}`);
        return this.crypto.sha256(typeof data === 'string' ? data : new Uint8Array(data));
      },
      verifier: (data, signature) => this.verifyIssuerSignature(data, signature),
      kbVerifier: (data, signature, payload) => this.verifyDeviceSignature((payload as unknown as CitizenCardClaims).cnf?.jwk, data, signature),
    });
  }

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
    let unverified: CitizenCardClaims;
    let kb: { iat?: number; aud?: string; nonce?: string } | undefined;
    try {
      const header = jsonOfBase64Url<{ typ?: string; alg?: string }>(parts.jwt.split('.')[0]);
      if (header.typ !== SD_JWT_VC_TYPE || header.alg !== 'ES256') return refusal('UNKNOWN_CARD');
      unverified = jsonOfBase64Url<CitizenCardClaims>(parts.jwt.split('.')[1]);
      kb = parts.kbJwt ? jsonOfBase64Url(parts.kbJwt.split('.')[1]) : undefined;
    } catch {
      return refusal('UNKNOWN_CARD');
    }
    if (unverified.iss !== this.issuer || unverified.vct !== `${this.issuer.replace(/\/$/, '')}${CARD_VCT_PATH}`) {
      return refusal('UNKNOWN_CARD');
    }
    // A device-bound credential needs the device's key binding; a printed one has none to give.
    if (Boolean(unverified.cnf) !== Boolean(kb)) return refusal('INVALID_SIGNATURE');
    // Every disclosure must be one the issuer signed a digest of (RFC 9901 §7.1); the library would ignore strays.
    const digests = (unverified as unknown as { _sd?: unknown })._sd;
    for (const disclosure of parts.disclosures) {
      if (!Array.isArray(digests) || !digests.includes(toBase64Url(await this.crypto.sha256(disclosure)))) return refusal('INVALID_SIGNATURE');
    }

    let claims: CitizenCardClaims;
    try {
      const result = await this.sdJwt.verify(code, {
        // Validity is judged below (EXPIRED), the library checks signatures and disclosures.
        currentDate: unverified.iat ?? unverified.nbf,
        ...(kb ? { keyBindingNonce: kb.nonce ?? '' } : {}),
      });
      claims = result.payload as unknown as CitizenCardClaims;
    } catch {
      return refusal('INVALID_SIGNATURE');
    }

    if (kb) {
      if (!options.audiences?.includes(kb.aud ?? '')) return refusal('INVALID_SIGNATURE');
      if (typeof kb.iat !== 'number' || Math.abs(nowSeconds - kb.iat) > MAX_KEY_BINDING_AGE_SECONDS) {
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

  private async verifyIssuerSignature(data: string, signature: string): Promise<boolean> {
    try {
      const header = jsonOfBase64Url<{ kid?: string; alg?: string }>(data.split('.')[0]);
      if (header.alg !== 'ES256' || typeof header.kid !== 'string') return false;
      const key = await this.keyFor(header.kid);
      return key !== null && (await this.crypto.verify(key, data, signature));
    } catch {
      return false;
    }
  }

  /** The holder's key binding: the device key from the credential's `cnf`, imported for each presentation. */
  private async verifyDeviceSignature(jwk: unknown, data: string, signature: string): Promise<boolean> {
    try {
      const publicJwk = es256PublicJwkOf(jwk);
      return publicJwk !== null && (await this.crypto.verify(await this.crypto.importPublicKey(publicJwk), data, signature));
    } catch {
      return false;
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

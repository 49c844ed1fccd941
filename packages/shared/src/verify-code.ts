import { compactVerify, decodeProtectedHeader, importJWK, type JWK, type JSONWebKeySet } from 'jose';
import {
  CREDENTIAL_TYPE,
  STATUS_LIST_TYPE,
  type CardCategory,
  type CardCredentialClaims,
  type Verdict,
  type VerificationReason,
} from './card-credential.js';
import { parseCode, presentationMessage } from './presentation-code.js';
import { StatusList, StatusValue, type StatusListClaims } from './status-list.js';
import { CredentialCache, type ImportedKey } from './credential-cache.js';

/** A live presentation older (or further in the future) than this is refused. */
export const MAX_PRESENTATION_AGE_SECONDS = 90;

type VerifyKey = Awaited<ReturnType<typeof importJWK>>;

/**
 * The verification core, shared by the server's partner API and the venue scan page: decodes a
 * scanned code and returns the verdict of ARCHITECTURE §6 from the issuer's public keys and a
 * verified status list. Works offline; no personal data in or out.
 */
export class CardVerifier {
  private readonly keys = new Map<string, Promise<VerifyKey | null>>();

  constructor(
    private readonly issuerKeys: JSONWebKeySet,
    private readonly statusList: StatusList,
    /** Optional: shared across verifiers so issuer signatures are checked once per credential. */
    private readonly cache?: CredentialCache,
  ) {}

  /** Verifies a signed status list against the issuer keys and builds a verifier from it. */
  static async create(issuerKeys: JSONWebKeySet, statusListJws: string, now = Date.now(), cache?: CredentialCache): Promise<CardVerifier> {
    const probe = new CardVerifier(issuerKeys, StatusList.decode({ lst: '', n: 0, bits: 2 }));
    const claims = await probe.verifyJws<StatusListClaims>(statusListJws, STATUS_LIST_TYPE);
    if (!claims) throw new Error('status list signature is not valid');
    if (claims.exp * 1000 < now) throw new Error('status list has expired; fetch a new one');
    return new CardVerifier(issuerKeys, StatusList.decode(claims), cache);
  }

  async verify(code: string, options: { now?: number; requiredCategories?: readonly string[] } = {}): Promise<Verdict> {
    const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
    const parsed = parseCode(code);
    if (!parsed) return refusal('UNKNOWN_CARD');

    const cached = this.cachedCredential(parsed.credential);
    const claims = cached ? cached.claims : await this.verifyJws<CardCredentialClaims>(parsed.credential, CREDENTIAL_TYPE);
    if (!claims) return refusal('INVALID_SIGNATURE');
    const entry = cached ?? this.cache?.set(parsed.credential, claims, decodeProtectedHeader(parsed.credential).kid as string);

    let presentationSignature: string | null = null;
    if (parsed.kind === 'live') {
      if (!claims.cnf?.jwk) return refusal('INVALID_SIGNATURE');
      const deviceKey = entry ? (entry.deviceKey ??= importDeviceKey(claims.cnf.jwk)) : importDeviceKey(claims.cnf.jwk);
      if (!(await verifyWithDeviceKey(await deviceKey, presentationMessage(claims.jti, parsed.timestamp), parsed.signature))) {
        return refusal('INVALID_SIGNATURE');
      }
      if (Math.abs(nowSeconds - parsed.timestamp) > MAX_PRESENTATION_AGE_SECONDS) return refusal('STALE_PRESENTATION', claims);
      presentationSignature = parsed.signature;
    } else if (claims.cnf) {
      // A device-bound credential must come with a fresh device signature, never alone.
      return refusal('INVALID_SIGNATURE');
    }

    const listed = this.statusList.statusOf(claims.sli);
    if (listed === undefined) return refusal('UNKNOWN_CARD');
    if (listed === StatusValue.revoked) return refusal('REVOKED', claims, 'revoked');
    if (listed === StatusValue.suspended) return refusal('SUSPENDED', claims, 'suspended');
    if (nowSeconds >= claims.exp || nowSeconds < claims.nbf) return refusal('EXPIRED', claims, 'expired');

    const eligible = !options.requiredCategories || claims.cat.some((category) => options.requiredCategories!.includes(category));
    return {
      valid: true,
      eligible,
      reason: eligible ? null : 'NOT_ELIGIBLE',
      presentation: parsed.kind === 'live' ? 'device' : 'static',
      card: cardOf(claims, 'active'),
      presentationSignature,
    };
  }

  private cachedCredential(credential: string) {
    const entry = this.cache?.get(credential);
    // A retired issuer key no longer vouches for what it signed.
    return entry && this.issuerKeys.keys.some((key) => key.kid === entry.kid) ? entry : undefined;
  }

  private async verifyJws<T>(jws: string, type: string): Promise<T | null> {
    try {
      const header = decodeProtectedHeader(jws);
      if (header.alg !== 'EdDSA' || header.typ !== type || typeof header.kid !== 'string') return null;
      const key = await this.keyFor(header.kid);
      if (!key) return null;
      const { payload } = await compactVerify(jws, key, { algorithms: ['EdDSA'] });
      return JSON.parse(new TextDecoder().decode(payload)) as T;
    } catch {
      return null;
    }
  }

  private keyFor(kid: string): Promise<VerifyKey | null> {
    let key = this.keys.get(kid);
    if (!key) {
      const jwk = this.issuerKeys.keys.find((candidate) => candidate.kid === kid);
      key = jwk ? importJWK(jwk as JWK, 'EdDSA').catch(() => null) : Promise.resolve(null);
      this.keys.set(kid, key);
    }
    return key;
  }
}

function cardOf(claims: CardCredentialClaims, status: 'active' | 'suspended' | 'revoked' | 'expired'): NonNullable<Verdict['card']> {
  return {
    id: claims.cid,
    credentialId: claims.jti,
    status,
    validUntil: new Date(claims.exp * 1000).toISOString(),
    categories: claims.cat as CardCategory[],
    district: claims.dst,
  };
}

function refusal(
  reason: VerificationReason,
  claims?: CardCredentialClaims,
  status?: 'active' | 'suspended' | 'revoked' | 'expired',
): Verdict {
  return {
    valid: false,
    eligible: false,
    reason,
    presentation: null,
    card: claims && status ? cardOf(claims, status) : null,
    presentationSignature: null,
  };
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function importDeviceKey(jwk: JWK): Promise<ImportedKey | null> {
  try {
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || 'd' in jwk) return null;
    return await crypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
  } catch {
    return null;
  }
}

async function verifyWithDeviceKey(key: ImportedKey | null, message: string, signature: string): Promise<boolean> {
  try {
    return (
      key !== null &&
      (await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromBase64Url(signature), new TextEncoder().encode(message)))
    );
  } catch {
    return false;
  }
}

/** ECDSA P-256 / SHA-256 over the presentation message; signature in IEEE P1363 (r‖s), as WebCrypto makes it. */
export async function verifyDeviceSignature(jwk: JWK, message: string, signature: string): Promise<boolean> {
  return verifyWithDeviceKey(await importDeviceKey(jwk), message, signature);
}

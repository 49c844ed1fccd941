/**
 * The Bochum citizen card as an SD-JWT VC (IETF draft-ietf-oauth-sd-jwt-vc): what the issuer
 * signs, what a presentation shows, and what a verifier answers. Isomorphic: no Node-only imports.
 */

/** The `typ` of the issuer-signed JWT. */
export const SD_JWT_VC_TYPE = 'dc+sd-jwt';
/** The `typ` of the holder's Key Binding JWT. */
export const KB_JWT_TYPE = 'kb+jwt';
/** The `typ` (and media type `application/statuslist+jwt`) of the IETF Token Status List. */
export const STATUS_LIST_JWT_TYPE = 'statuslist+jwt';
/** Path of the credential type below the issuer's URL: `vct` = `<issuer>/vct/citizen-card`. */
export const CARD_VCT_PATH = '/vct/citizen-card';
/** Claims a presentation may disclose; the name only on the printed card. */
export const DISCLOSABLE_CLAIMS = ['name', 'birth_year'] as const;
/** A live presentation whose Key Binding JWT is older (or further in the future) than this is refused. */
export const MAX_KEY_BINDING_AGE_SECONDS = 90;

export type CardCategory = 'student' | 'commuter' | 'second_home' | 'former_resident';

/** Token Status List values (two bits per entry): 0 valid, 1 invalid (revoked), 2 suspended. */
export const TokenStatus = { valid: 0, invalid: 1, suspended: 2 } as const;

/** The claims the issuer signs (the disclosable ones appear as digests in `_sd`). */
export interface CitizenCardClaims {
  iss: string;
  vct: string;
  iat: number;
  nbf: number;
  exp: number;
  /** The printed card number (12 digits). */
  card_number: string;
  categories: CardCategory[];
  /** `bochum` or `wattenscheid`. */
  district: string;
  status: { status_list: { idx: number; uri: string } };
  /** The holder's device key (RFC 7800); absent on the printed card. */
  cnf?: { jwk: { kty: string; crv: string; x: string; y: string } };
  /** Selectively disclosable. */
  name?: string;
  /** Selectively disclosable; only when a verified identity gives the birth date. */
  birth_year?: number;
}

export type CardVerificationReason =
  'UNKNOWN_CARD' | 'INVALID_SIGNATURE' | 'STALE_PRESENTATION' | 'REVOKED' | 'SUSPENDED' | 'EXPIRED' | 'NOT_ELIGIBLE';

/** The answer for a scanned code: predicates only, plus the name for a printed card (to compare with a photo ID). */
export interface CardVerdict {
  valid: boolean;
  eligible: boolean;
  reason: CardVerificationReason | null;
  /** `device`: a live QR with key binding; `static`: the printed card (compare the name with a photo ID). */
  presentation: 'device' | 'static' | null;
  card: {
    /** The card number. */
    id: string;
    /** `<status list uri>#<idx>`: one per credential. */
    credentialId: string;
    status: 'active' | 'suspended' | 'revoked' | 'expired';
    validUntil: string;
    categories: CardCategory[];
    district: string;
  } | null;
  /** The disclosed name: only from a printed card. */
  holderName: string | null;
  /**
   * Identifies this presentation: the Key Binding JWT's signature (live) or the issuer signature
   * (printed; the same every time, so a venue can count uses of one printed card).
   */
  presentationSignature: string | null;
}

import type { JWK } from 'jose';

/**
 * The citizen card credential (ARCHITECTURE §6): a JWS signed by the city's card-issuer key
 * (EdDSA/Ed25519). It carries no name, address or birth date. Isomorphic: no Node-only imports.
 */
export const CREDENTIAL_TYPE = 'bo-card';
export const STATUS_LIST_TYPE = 'bo-status-list+jwt';

export type CardCategory = 'student' | 'commuter' | 'second_home' | 'former_resident';
export type CardStatus = 'active' | 'suspended' | 'revoked' | 'expired' | 'replaced';

/** Kept small, as it travels in a QR code: the issuer is known by its key id. */
export interface CardCredentialClaims {
  /** The credential's own id; a card has one per device binding plus one for its PDF. */
  jti: string;
  /** Card id. */
  cid: string;
  cat: CardCategory[];
  /** District: `bochum` or `wattenscheid`. */
  dst: string;
  nbf: number;
  exp: number;
  /** Index of this credential in the signed status list. */
  sli: number;
  /** The holder's device key (RFC 7800); absent in the static credential printed on the PDF card. */
  cnf?: { jwk: JWK };
}

export type VerificationReason =
  'UNKNOWN_CARD' | 'INVALID_SIGNATURE' | 'STALE_PRESENTATION' | 'REVOKED' | 'SUSPENDED' | 'EXPIRED' | 'NOT_ELIGIBLE';

export interface Verdict {
  valid: boolean;
  eligible: boolean;
  reason: VerificationReason | null;
  /** `device`: a live QR from the holder's phone; `static`: the printed card (ask for photo ID). */
  presentation: 'device' | 'static' | null;
  card: {
    id: string;
    credentialId: string;
    status: 'active' | 'suspended' | 'revoked' | 'expired';
    validUntil: string;
    categories: CardCategory[];
    district: string;
  } | null;
  /** The device signature of a live presentation, to notice the same QR shown twice. */
  presentationSignature: string | null;
}

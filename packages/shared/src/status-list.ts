import { deflateSync, inflateSync } from 'fflate';

/**
 * The revocation/suspension status list: two bits per credential index (0 active, 1 suspended,
 * 2 revoked), deflated and base64url-encoded inside a signed JWS. Isomorphic.
 */
export const StatusValue = { active: 0, suspended: 1, revoked: 2 } as const;
export type StatusValue = (typeof StatusValue)[keyof typeof StatusValue];

export const BITS_PER_ENTRY = 2;

export interface StatusListClaims {
  iss: string;
  iat: number;
  exp: number;
  bits: number;
  /** Number of entries. */
  n: number;
  /** The deflated bit string, base64url. */
  lst: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Packs `entries` (index → status, default active) into the compressed list. */
export function encodeStatusList(size: number, entries: Iterable<[number, StatusValue]>): string {
  const bytes = new Uint8Array(Math.ceil((size * BITS_PER_ENTRY) / 8));
  for (const [index, value] of entries) {
    if (index < 0 || index >= size) throw new RangeError(`status index ${index} outside 0..${size - 1}`);
    const bit = index * BITS_PER_ENTRY;
    bytes[bit >> 3] |= (value & 0b11) << (bit & 7);
  }
  return toBase64Url(deflateSync(bytes, { level: 9 }));
}

/** A decoded list for lookups; decode once per list, not per verification. */
export class StatusList {
  private constructor(
    private readonly bytes: Uint8Array,
    readonly size: number,
  ) {}

  static decode(claims: Pick<StatusListClaims, 'lst' | 'n' | 'bits'>): StatusList {
    if (claims.bits !== BITS_PER_ENTRY) throw new Error(`unsupported status list with ${claims.bits} bits per entry`);
    return new StatusList(inflateSync(fromBase64Url(claims.lst)), claims.n);
  }

  /** `undefined` when the index is not in the list (an unknown credential). */
  statusOf(index: number): StatusValue | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) return undefined;
    const bit = index * BITS_PER_ENTRY;
    return ((this.bytes[bit >> 3] >> (bit & 7)) & 0b11) as StatusValue;
  }
}

import type { CardCredentialClaims } from './card-credential.js';

/** An imported device key (the type both in Node and in browsers). */
export type ImportedKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;
type DeviceKey = Promise<ImportedKey | null>;

/**
 * Remembers credentials whose issuer signature has been checked (keyed by the exact credential
 * text), with their imported device key, so a busy verifier checks each issuer signature once.
 * The device signature is still checked on every presentation. Bounded; oldest entries go first.
 * Isomorphic.
 */
export class CredentialCache {
  private readonly entries = new Map<string, { claims: CardCredentialClaims; kid: string; deviceKey?: DeviceKey }>();

  constructor(private readonly capacity = 10_000) {}

  get(credential: string) {
    return this.entries.get(credential);
  }

  set(credential: string, claims: CardCredentialClaims, kid: string) {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    const entry = { claims, kid } as { claims: CardCredentialClaims; kid: string; deviceKey?: DeviceKey };
    this.entries.set(credential, entry);
    return entry;
  }
}

import { createHash, randomBytes } from 'node:crypto';

/** A high-entropy token for links and cookies (256 bits, base64url). */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are random, so a fast hash suffices to keep them useless if the table leaks. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

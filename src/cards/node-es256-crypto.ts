import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Es256Crypto } from '../../packages/card-verifier/src/index.js';

/**
 * The card verifier's cryptography on the server, with node:crypto: synchronous hashing and
 * signature checks instead of Web Crypto's promise jobs on the thread pool (bench:verify).
 */
export const nodeEs256Crypto: Es256Crypto<KeyObject> = {
  sha256: (data) => createHash('sha256').update(data).digest(),
  importPublicKey: ({ x, y }) => createPublicKey({ key: { kty: 'EC', crv: 'P-256', x, y }, format: 'jwk' }),
  verify(key, data, signature) {
    try {
      return verify('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
    } catch {
      return false;
    }
  },
};

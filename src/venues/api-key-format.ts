import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 24; // 24 base62 characters ≈ 143 bits
const CHECKSUM_LENGTH = 6;
const KEY_PATTERN = /^bo_(live|test)_[0-9A-Za-z]{30}$/;

function base62(bytes: Buffer, length: number): string {
  let value = BigInt(`0x${bytes.toString('hex')}`);
  let text = '';
  for (let i = 0; i < length; i += 1) {
    text += ALPHABET[Number(value % 62n)];
    value /= 62n;
  }
  return text;
}

function checksum(body: string): string {
  return base62(createHash('sha256').update(body).digest().subarray(0, 8), CHECKSUM_LENGTH);
}

/** `bo_live_<random base62><checksum>`; the checksum lets typos be refused without a lookup. */
export function generateApiKey(prefix: 'bo_live_' | 'bo_test_'): string {
  const body = prefix + base62(randomBytes(24), RANDOM_LENGTH);
  return body + checksum(body);
}

export function isWellFormedApiKey(key: string): boolean {
  return KEY_PATTERN.test(key) && checksum(key.slice(0, -CHECKSUM_LENGTH)) === key.slice(-CHECKSUM_LENGTH);
}

/** The key is random, so a plain SHA-256 is enough to store it. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

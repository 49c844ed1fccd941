import { Inject, Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import pLimit, { type LimitFunction } from 'p-limit';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { IdentityException } from './identity.exception.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** OWASP's argon2id floor: 19 MiB, two passes, one lane. */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** For test runs only (the configuration refuses it elsewhere): the same algorithm at a fraction of the cost. */
const FAST_TEST_ONLY_OPTIONS = { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

const COMMON_PASSWORDS = new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()));

/**
 * Hashing and policy for passwords. At most PASSWORD_HASH_CONCURRENCY hashes run at once, so a
 * burst of logins queues instead of exhausting memory (each hash takes 19 MiB).
 */
@Injectable()
export class PasswordService {
  private readonly limit: LimitFunction;
  private readonly options: typeof HASH_OPTIONS | typeof FAST_TEST_ONLY_OPTIONS;
  /** Verified against when the account is unknown, so both answers take the same time. */
  private readonly decoyHash: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limit = pLimit(config.auth.passwordHashConcurrency);
    this.options = config.auth.passwordHashProfile === 'fast-test-only' ? FAST_TEST_ONLY_OPTIONS : HASH_OPTIONS;
    this.decoyHash = this.hash('decoy-password-for-timing');
  }

  hash(password: string): Promise<string> {
    return this.limit(() => argon2.hash(password, this.options));
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const target = hash ?? (await this.decoyHash);
    const matches = await this.limit(() => argon2.verify(target, password).catch(() => false));
    return hash !== null && matches;
  }

  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, this.options);
  }

  /** Throws a field-level WEAK_PASSWORD error when the password would be refused. */
  assertAcceptable(password: string, email: string, field = 'password'): void {
    if (password.length < PASSWORD_MIN_LENGTH) throw IdentityException.weakPassword(field, 'too_short', { min: PASSWORD_MIN_LENGTH });
    if (password.length > PASSWORD_MAX_LENGTH) throw IdentityException.weakPassword(field, 'too_long', { max: PASSWORD_MAX_LENGTH });
    const normalized = password.toLowerCase();
    const withoutTrailingDigits = normalized.replace(/[\d!.?]+$/, '');
    if (COMMON_PASSWORDS.has(normalized) || COMMON_PASSWORDS.has(withoutTrailingDigits) || new Set(normalized).size <= 2) {
      throw IdentityException.weakPassword(field, 'common');
    }
    const localPart = email.split('@')[0]?.toLowerCase() ?? '';
    if (localPart.length >= 4 && normalized.includes(localPart)) throw IdentityException.weakPassword(field, 'contains_email');
  }
}

import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../common/crypto/secret-token.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import { IdentityException } from './identity.exception.js';

/** Single-use e-mail link tokens: issue (invalidating earlier ones of the same purpose) and redeem. */
@Injectable()
export class AccountTokenService {
  async issue(manager: EntityManager, accountId: string, purpose: AccountTokenPurpose, ttlMs: number): Promise<string> {
    await manager.update(AccountToken, { accountId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const token = newSecretToken();
    await manager.insert(AccountToken, {
      accountId,
      purpose,
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(Date.now() + ttlMs),
    });
    return token;
  }

  /** Marks the token used and returns its account id; LINK_INVALID or LINK_EXPIRED otherwise. */
  async redeem(manager: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<string> {
    const record = await manager.findOne(AccountToken, {
      where: { tokenHash: hashSecretToken(token), purpose },
      lock: { mode: 'pessimistic_write' },
    });
    if (!record || record.usedAt) throw IdentityException.linkInvalid();
    if (record.expiresAt.getTime() <= Date.now()) throw IdentityException.linkExpired();
    await manager.update(AccountToken, { id: record.id }, { usedAt: new Date() });
    return record.accountId;
  }
}

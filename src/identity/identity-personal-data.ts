import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import {
  affectedRows,
  emptyReport,
  PersonalData,
  type ErasureReport,
  type PersonalDataSource,
  type PersonalSubject,
  type RetentionPeriods,
} from '../common/personal-data/personal-data-source.js';
import { IdentityException } from './identity.exception.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';

/** Identity's personal data: the account row, its sessions and link tokens. */
@PersonalData()
@Injectable()
export class IdentityPersonalData implements PersonalDataSource {
  readonly domain = 'identity';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
  ) {}

  /** Re-authentication before an erasure: the caller's current password. */
  async confirmPassword(actor: Actor, password: string): Promise<void> {
    const [account] = await this.dataSource.query('SELECT password_hash FROM accounts WHERE id = $1', [actor.accountId]);
    if (!account) throw DomainException.notFound();
    if (!(await this.passwords.verify(account.password_hash, password))) throw IdentityException.wrongCurrentPassword();
  }

  async export(accountId: string): Promise<Record<string, unknown>> {
    const [account] = await this.dataSource.query(
      `SELECT email, preferred_language AS "preferredLanguage", roles, assurance_level AS "assuranceLevel",
              email_verified_at AS "emailVerifiedAt", password_changed_at AS "passwordChangedAt", created_at AS "createdAt"
         FROM accounts WHERE id = $1`,
      [accountId],
    );
    const sessions = await this.dataSource.query(
      `SELECT created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt", user_agent AS "userAgent", ip
         FROM refresh_tokens WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { account: account ?? null, sessions };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    await this.sessions.endAllOf(accountId, 'account_erased', manager);
    report.deleted.refresh_tokens = affectedRows(await manager.query('DELETE FROM refresh_tokens WHERE account_id = $1', [accountId]));
    report.deleted.account_tokens = affectedRows(await manager.query('DELETE FROM account_tokens WHERE account_id = $1', [accountId]));
    // The row stays as the pseudonym that payments and decisions the city must keep point to; nothing in it identifies the person.
    report.anonymised.accounts = affectedRows(
      await manager.query(
        `UPDATE accounts SET email = 'erased-' || id || '@erased.invalid', password_hash = '!erased', email_verified_at = NULL,
                roles = '{}', assurance_level = 'low', updated_at = now()
          WHERE id = $1`,
        [accountId],
      ),
    );
    return report;
  }

  subjects(accountId: string): Promise<PersonalSubject[]> {
    return Promise.resolve([{ type: 'account', id: accountId }]);
  }

  async purgeExpired(now: Date, periods: RetentionPeriods): Promise<number> {
    const params = [now, periods.expiredTokenDays];
    const [, tokens] = await this.dataSource.query(
      `DELETE FROM account_tokens WHERE coalesce(used_at, expires_at) < $1::timestamptz - make_interval(days => $2)`,
      params,
    );
    const [, sessions] = await this.dataSource.query(
      `DELETE FROM refresh_tokens WHERE greatest(expires_at, coalesce(revoked_at, expires_at)) < $1::timestamptz - make_interval(days => $2)`,
      params,
    );
    return Number(tokens ?? 0) + Number(sessions ?? 0);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { InAppNotificationService } from '../notifications/in-app/in-app-notification.service.js';
import { EmailComposer } from '../notifications/mail/email-composer.js';
import { MailPort } from '../notifications/mail/mail.port.js';
import { Account } from './account.entity.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { AccountTokenService } from './account-token.service.js';
import { IdentityException } from './identity.exception.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const UNIQUE_VIOLATION = '23505';

/** Accounts: registration, e-mail verification, password reset and change, preferences. */
@Injectable()
export class AccountService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: AccountTokenService,
    private readonly sessions: SessionService,
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly audit: AuditService,
    private readonly inApp: InAppNotificationService,
  ) {}

  async register(input: { email: string; password: string; preferredLanguage: string }): Promise<Account> {
    const email = normalizeEmail(input.email);
    this.assertSupportedLanguage(input.preferredLanguage, 'preferredLanguage');
    this.passwords.assertAcceptable(input.password, email);
    if (await this.dataSource.manager.existsBy(Account, { email })) throw IdentityException.emailTaken();
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const account = await manager.save(
          manager.create(Account, { email, passwordHash, preferredLanguage: input.preferredLanguage, roles: [] }),
        );
        await this.audit.record({ action: 'account.registered', actorAccountId: account.id, subjectType: 'account', subjectId: account.id }, manager);
        await this.sendVerification(manager, account);
        return account;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw IdentityException.emailTaken();
      throw error;
    }
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const accountId = await this.tokens.redeem(manager, token, AccountTokenPurpose.verify_email);
      await manager.update(Account, { id: accountId }, { emailVerifiedAt: new Date() });
      await this.inApp.notify(manager, accountId, 'email_verified', { city: this.config.cityName }, '/account');
      await this.audit.record({ action: 'account.email_verified', actorAccountId: accountId, subjectType: 'account', subjectId: accountId }, manager);
    });
  }

  /** Sends a fresh link when the account exists and is unverified; answers the same either way. */
  async resendVerification(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneBy(Account, { email: normalizeEmail(email) });
      if (account && !account.emailVerifiedAt) await this.sendVerification(manager, account);
    });
  }

  async requestPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneBy(Account, { email: normalizeEmail(email) });
      if (!account) return;
      const token = await this.tokens.issue(
        manager,
        account.id,
        AccountTokenPurpose.password_reset,
        this.config.auth.passwordResetTtlMinutes * 60_000,
      );
      await this.audit.record({ action: 'account.password_reset_requested', actorAccountId: account.id, subjectType: 'account', subjectId: account.id }, manager);
      const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await this.mail.send(this.composer.compose('password_reset', account.email, account.preferredLanguage, { link }), manager);
    });
  }

  /** Sets a new password from a reset link; every session of the account ends. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const accountId = await this.tokens.redeem(manager, token, AccountTokenPurpose.password_reset);
      const account = await manager.findOneByOrFail(Account, { id: accountId });
      this.passwords.assertAcceptable(newPassword, account.email, 'newPassword');
      await this.setPassword(manager, account, newPassword);
      // Whoever holds the inbox holds the account, so the link also proves the address.
      if (!account.emailVerifiedAt) await manager.update(Account, { id: account.id }, { emailVerifiedAt: new Date() });
      await this.sessions.endAllOf(account.id, 'password_reset', manager);
      await this.audit.record({ action: 'account.password_reset', actorAccountId: account.id, subjectType: 'account', subjectId: account.id }, manager);
    });
  }

  /** Changes the caller's password; their other sessions end, the current one stays. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.getOwn(actor);
    if (!(await this.passwords.verify(account.passwordHash, currentPassword))) throw IdentityException.wrongCurrentPassword();
    this.passwords.assertAcceptable(newPassword, account.email, 'newPassword');
    await this.dataSource.transaction(async (manager) => {
      await this.setPassword(manager, account, newPassword);
      await this.sessions.endAllOf(account.id, 'password_changed', manager, actor.sessionFamilyId);
      await this.audit.record({ action: 'account.password_changed', actorAccountId: actor.accountId, subjectType: 'account', subjectId: account.id }, manager);
    });
  }

  async updatePreferences(actor: Actor, input: { preferredLanguage: string }): Promise<Account> {
    this.assertSupportedLanguage(input.preferredLanguage, 'preferredLanguage');
    await this.dataSource.manager.update(Account, { id: actor.accountId }, { preferredLanguage: input.preferredLanguage });
    return this.getOwn(actor);
  }

  /** The caller's own account; there is no way to read another account through this service. */
  async getOwn(actor: Actor): Promise<Account> {
    // On the path of every `me`: plain SQL, no query building or entity hydration.
    const [row] = await this.dataSource.query(
      `SELECT id, email, password_hash, email_verified_at, preferred_language, roles::text[] AS roles, assurance_level,
              password_changed_at, created_at, updated_at
         FROM accounts WHERE id = $1`,
      [actor.accountId],
    );
    if (!row) throw DomainException.unauthenticated();
    return Object.assign(new Account(), {
      id: row.id,
      email: row.email,
      passwordHash: row.password_hash,
      emailVerifiedAt: row.email_verified_at,
      preferredLanguage: row.preferred_language,
      roles: row.roles,
      assuranceLevel: row.assurance_level,
      passwordChangedAt: row.password_changed_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  private async setPassword(manager: EntityManager, account: Account, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await manager.update(Account, { id: account.id }, { passwordHash, passwordChangedAt: new Date() });
    await this.mail.send(this.composer.compose('password_changed', account.email, account.preferredLanguage), manager);
    await this.inApp.notify(manager, account.id, 'password_changed', {}, '/account');
  }

  private async sendVerification(manager: EntityManager, account: Account): Promise<void> {
    const token = await this.tokens.issue(
      manager,
      account.id,
      AccountTokenPurpose.verify_email,
      this.config.auth.emailTokenTtlHours * 3_600_000,
    );
    const link = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    await this.mail.send(this.composer.compose('verify_email', account.email, account.preferredLanguage, { link }), manager);
  }

  private assertSupportedLanguage(language: string, field: string): void {
    if (!this.config.i18n.supportedLanguages.includes(language)) throw IdentityException.unsupportedLanguage(field);
  }
}

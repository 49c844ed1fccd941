import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { RequestContext } from '../common/context/request-context.js';
import { param, type MessageParams } from '../common/i18n/message-params.js';
import type { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { InAppNotificationService } from '../notifications/index.js';
import { MailPort, type EmailTemplate } from '../notifications/index.js';
import { Account } from './account.entity.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { AccountTokenService } from './account-token.service.js';
import { normalizeEmail } from './email-address.js';
import { EmailRequestThrottle } from './email-request-throttle.service.js';
import { IdentityException } from './identity.exception.js';
import { PasswordService } from './password.service.js';
import { SessionCheck } from './session-check.service.js';
import { SessionService } from './session.service.js';

export { normalizeEmail };

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
    private readonly audit: AuditService,
    private readonly inApp: InAppNotificationService,
    private readonly emailRequests: EmailRequestThrottle,
    private readonly sessionCheck: SessionCheck,
    private readonly requestContext: RequestContext,
  ) {}

  /**
   * Opens an account and e-mails the verification link. For an address that already has an
   * account the answer is the same, after the same work (a password hash), and the owner is told
   * by e-mail, in their language, instead: registering reveals nothing about which addresses have
   * accounts. Returns the normalized address either way.
   */
  async register(input: { email: string; password: string; preferredLanguage: string }): Promise<{ email: string }> {
    const email = normalizeEmail(input.email);
    this.assertSupportedLanguage(input.preferredLanguage, 'preferredLanguage');
    this.passwords.assertAcceptable(input.password, email);
    await this.emailRequests.consume(email);
    const passwordHash = await this.passwords.hash(input.password);
    try {
      await this.dataSource.transaction(async (manager) => {
        const existing = await manager.findOneBy(Account, { email });
        if (existing) return this.tellOwnerOfRegistrationAttempt(manager, existing);
        const account = await manager.save(
          manager.create(Account, { email, passwordHash, preferredLanguage: input.preferredLanguage, roles: [] }),
        );
        await this.audit.record(
          { action: 'account.registered', actorAccountId: account.id, subjectType: 'account', subjectId: account.id },
          manager,
        );
        await this.sendVerification(manager, account);
      });
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      // A concurrent registration of the same address won the race: its owner is told like any other.
      await this.dataSource.transaction(async (manager) =>
        this.tellOwnerOfRegistrationAttempt(manager, await manager.findOneByOrFail(Account, { email })),
      );
    }
    return { email };
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const accountId = await this.tokens.redeem(manager, token, AccountTokenPurpose.verify_email);
      await manager.update(Account, { id: accountId }, { emailVerifiedAt: new Date() });
      await this.inApp.notify(manager, accountId, 'email_verified', { city: this.config.cityName }, '/account');
      await this.audit.record(
        { action: 'account.email_verified', actorAccountId: accountId, subjectType: 'account', subjectId: accountId },
        manager,
      );
    });
  }

  /** Sends a fresh link when the account exists and is unverified; answers the same either way. */
  async resendVerification(email: string): Promise<void> {
    await this.emailRequests.consume(email);
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneBy(Account, { email: normalizeEmail(email) });
      if (account && !account.emailVerifiedAt) await this.sendVerification(manager, account);
    });
  }

  /** Sends a reset link when the account exists; answers the same either way (over the limit: RATE_LIMITED either way). */
  async requestPasswordReset(email: string): Promise<void> {
    await this.emailRequests.consume(email);
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneBy(Account, { email: normalizeEmail(email) });
      if (!account) return;
      const token = await this.tokens.issue(
        manager,
        account.id,
        AccountTokenPurpose.password_reset,
        this.config.auth.passwordResetTtlMinutes * 60_000,
      );
      await this.audit.record(
        { action: 'account.password_reset_requested', actorAccountId: account.id, subjectType: 'account', subjectId: account.id },
        manager,
      );
      const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await this.email(manager, account, 'password_reset', { link });
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
      await this.audit.record(
        { action: 'account.password_reset', actorAccountId: account.id, subjectType: 'account', subjectId: account.id },
        manager,
      );
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
      await this.audit.record(
        { action: 'account.password_changed', actorAccountId: actor.accountId, subjectType: 'account', subjectId: account.id },
        manager,
      );
    });
  }

  async updatePreferences(actor: Actor, input: { preferredLanguage: string }): Promise<Account> {
    this.assertSupportedLanguage(input.preferredLanguage, 'preferredLanguage');
    await this.dataSource.manager.update(Account, { id: actor.accountId }, { preferredLanguage: input.preferredLanguage });
    // Every later request (in-app notifications, errors) reads the new language from the database,
    // not from a cached session check; the rest of this one speaks it already.
    this.sessionCheck.forgetAccount(actor.accountId);
    this.requestContext.useAccountLanguage(input.preferredLanguage);
    return this.getOwn(actor);
  }

  /**
   * For the demo seed outside production: creates a verified account with `password`, or, when one
   * with the address exists and `resetPassword` is set, gives it that password. A concurrent insert
   * of the same address is ignored.
   */
  async seedAccount(
    input: { email: string; password: string; preferredLanguage: string; roles: Role[] },
    resetPassword: boolean,
  ): Promise<void> {
    const email = normalizeEmail(input.email);
    const existing = await this.dataSource.manager.findOne(Account, { where: { email }, select: { id: true } });
    if (!existing) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(Account)
        .values({
          email,
          passwordHash: await this.passwords.hash(input.password),
          preferredLanguage: input.preferredLanguage,
          roles: input.roles,
          emailVerifiedAt: new Date(),
        })
        .orIgnore()
        .execute();
    } else if (resetPassword) {
      await this.dataSource.manager.update(Account, { id: existing.id }, { passwordHash: await this.passwords.hash(input.password) });
    }
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
    await this.email(manager, account, 'password_changed', { changedAt: param.dateTime(new Date()) });
    await this.inApp.notify(manager, account.id, 'password_changed', {}, '/account');
  }

  private async tellOwnerOfRegistrationAttempt(manager: EntityManager, account: Account): Promise<void> {
    const link = `${this.config.publicUrl}/forgot-password`;
    await this.email(manager, account, 'registration_attempt', { link });
    await this.audit.record({ action: 'account.registration_attempted_again', subjectType: 'account', subjectId: account.id }, manager);
  }

  private async sendVerification(manager: EntityManager, account: Account): Promise<void> {
    const token = await this.tokens.issue(
      manager,
      account.id,
      AccountTokenPurpose.verify_email,
      this.config.auth.emailTokenTtlHours * 3_600_000,
    );
    const link = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    await this.email(manager, account, 'verify_email', { link });
  }

  /** An e-mail to the account's address, sent in the language the account has when it goes out. */
  private async email(manager: EntityManager, account: Account, template: EmailTemplate, params: MessageParams = {}): Promise<void> {
    await this.mail.send({ to: account.email, accountId: account.id, language: account.preferredLanguage, template, params }, manager);
  }

  private assertSupportedLanguage(language: string, field: string): void {
    if (!this.config.i18n.supportedLanguages.includes(language)) throw IdentityException.unsupportedLanguage(field);
  }
}

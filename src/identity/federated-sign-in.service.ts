import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuditService } from '../common/audit/audit.service.js';
import { Account } from './account.entity.js';
import { AccountService, normalizeEmail } from './account.service.js';
import { IdentityException } from './identity.exception.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { AccountModel } from './models/account.model.js';
import { AuthPayloadModel } from './models/auth-payload.model.js';
import { PasswordService } from './password.service.js';
import { setRefreshCookie } from './refresh-cookie.js';
import { SessionService, type IssuedSession } from './session.service.js';

/**
 * Sign-in through an external identity provider (the eID) instead of a password: the provider's
 * domain authenticates the person, identity starts the session exactly as a password login does.
 */
@Injectable()
export class FederatedSignIn {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
    private readonly accounts: AccountService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Starts a session for an account the provider authenticated (run it after the provider's proof
   * is recorded, so the token carries the level it gave). EMAIL_NOT_VERIFIED until the address is confirmed.
   */
  async signIn(accountId: string, method: string, manager: EntityManager = this.dataSource.manager): Promise<IssuedSession> {
    const account = await manager.findOneByOrFail(Account, { id: accountId });
    if (!account.emailVerifiedAt) {
      await this.audit.record(
        { action: 'auth.login_unverified', actorAccountId: account.id, subjectType: 'account', subjectId: account.id, details: { method } },
        manager,
      );
      throw IdentityException.emailNotVerified();
    }
    const session = await this.sessions.start(account, manager);
    await this.audit.record(
      { action: 'auth.login', actorAccountId: account.id, subjectType: 'account', subjectId: account.id, details: { method } },
      manager,
    );
    return session;
  }

  /**
   * Confirms that the caller knows the account's password, throttled and failing exactly like the
   * password login (the same counters); returns the account's id. The address must be confirmed.
   */
  async confirmPassword(input: { email: string; password: string }, ip: string | undefined): Promise<string> {
    const email = normalizeEmail(input.email);
    await this.throttle.assertAllowed(email, ip);
    const account = await this.dataSource.manager.findOneBy(Account, { email });
    const valid = await this.passwords.verify(account?.passwordHash ?? null, input.password);
    if (!account || !valid) {
      await this.throttle.recordFailure(email, ip);
      await this.audit.record({
        action: 'auth.login_failed',
        actorAccountId: account?.id ?? null,
        details: { email, purpose: 'link_identity' },
      });
      throw IdentityException.invalidCredentials();
    }
    await this.throttle.recordSuccess(email);
    if (!account.emailVerifiedAt) throw IdentityException.emailNotVerified();
    return account.id;
  }

  /**
   * Opens an account without a password (signing in goes through the provider; a password can be
   * set later with "forgot password"), in the caller's transaction. Null when the address already
   * has an account: the caller answers the same either way and nothing is created.
   */
  async openAccount(manager: EntityManager, input: { email: string; preferredLanguage: string }): Promise<string | null> {
    const email = normalizeEmail(input.email);
    if (!this.config.i18n.supportedLanguages.includes(input.preferredLanguage))
      throw IdentityException.unsupportedLanguage('preferredLanguage');
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Account)
      .values({
        email,
        passwordHash: await this.passwords.hash(randomBytes(32).toString('base64url')),
        preferredLanguage: input.preferredLanguage,
        roles: [],
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) return null;
    await this.audit.record(
      { action: 'account.registered', actorAccountId: id, subjectType: 'account', subjectId: id, details: { method: 'eid' } },
      manager,
    );
    return id;
  }

  /** Sends the e-mail verification link of an account opened by `openAccount` (after its transaction committed). */
  sendVerification(email: string): Promise<void> {
    return this.accounts.resendVerification(email);
  }

  /** Sets the refresh cookie and returns what the password login returns. */
  respond(session: IssuedSession, reply: FastifyReply): AuthPayloadModel {
    setRefreshCookie(reply, session.refreshToken, session.refreshTokenExpiresAt, this.config.auth.secureCookies);
    return {
      accessToken: session.accessToken,
      accessTokenExpiresAt: session.accessTokenExpiresAt,
      account: AccountModel.from(session.account),
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuditService } from '../common/audit/audit.service.js';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from '../common/auth/access-token.js';
import { hashSecretToken, newSecretToken } from '../common/crypto/secret-token.js';
import { RequestContext } from '../common/context/request-context.js';
import { Account } from './account.entity.js';
import { IdentityException } from './identity.exception.js';
import { RefreshToken } from './refresh-token.entity.js';
import { SessionCheck } from './session-check.service.js';

export interface IssuedSession {
  account: Account;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** Access JWTs and rotating refresh tokens grouped in families (one family per sign-in). */
@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly requestContext: RequestContext,
    private readonly check: SessionCheck,
  ) {}

  /** Starts a new session family for an authenticated account. */
  async start(account: Account, manager: EntityManager = this.dataSource.manager): Promise<IssuedSession> {
    return this.issue(account, randomUUID(), manager);
  }

  /**
   * Rotates a refresh token. A token that was already rotated or revoked is a replay: the whole
   * family ends, so a stolen token is useless once either party uses it again.
   */
  async refresh(presentedToken: string | undefined): Promise<IssuedSession> {
    if (!presentedToken) throw IdentityException.sessionInvalid();
    const tokenHash = hashSecretToken(presentedToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshToken, {
        where: { tokenHash },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) return { kind: 'invalid' as const };
      const successor = await this.unusedSuccessorWithinGrace(manager, token);
      if (successor) {
        // The browser most likely never received the successor (the page unloaded mid-request):
        // replace it instead of treating the retry as theft.
        await manager.update(RefreshToken, { id: successor.id }, { revokedAt: new Date(), revokedReason: 'superseded' });
        const account = await manager.findOneByOrFail(Account, { id: token.accountId });
        return { kind: 'rotated' as const, session: await this.issue(account, token.familyId, manager, token.id) };
      }
      if (token.rotatedAt || token.revokedAt) {
        await this.revokeFamily(manager, token.familyId, 'reuse_detected');
        await this.audit.record(
          { action: 'auth.refresh_token_reused', actorAccountId: token.accountId, subjectType: 'session', subjectId: token.familyId },
          manager,
        );
        return { kind: 'reused' as const };
      }
      if (token.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      const account = await manager.findOneByOrFail(Account, { id: token.accountId });
      await manager.update(RefreshToken, { id: token.id }, { rotatedAt: new Date() });
      return { kind: 'rotated' as const, session: await this.issue(account, token.familyId, manager, token.id) };
    });
    if (outcome.kind !== 'rotated') throw IdentityException.sessionInvalid();
    return outcome.session;
  }

  /** Ends the family of the presented refresh token, if any. */
  async end(presentedToken: string | undefined): Promise<string | null> {
    if (!presentedToken) return null;
    const token = await this.dataSource.manager.findOneBy(RefreshToken, { tokenHash: hashSecretToken(presentedToken) });
    if (!token) return null;
    await this.revokeFamily(this.dataSource.manager, token.familyId, 'logout');
    await this.audit.record({ action: 'auth.logout', actorAccountId: token.accountId, subjectType: 'session', subjectId: token.familyId });
    return token.accountId;
  }

  /** Ends every session of the account, except optionally one family (the caller's own). */
  async endAllOf(accountId: string, reason: string, manager: EntityManager, exceptFamilyId?: string): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('account_id = :accountId AND revoked_at IS NULL', { accountId });
    if (exceptFamilyId) query.andWhere('family_id <> :exceptFamilyId', { exceptFamilyId });
    await query.execute();
    this.check.forgetAccount(accountId, manager);
  }

  /**
   * The token that replaced `token`, when `token` was rotated within the grace period and that
   * successor has never been used; anything else about a rotated token is a replay.
   */
  private async unusedSuccessorWithinGrace(manager: EntityManager, token: RefreshToken): Promise<RefreshToken | null> {
    const graceMs = this.config.auth.refreshReuseGraceSeconds * 1000;
    if (!token.rotatedAt || token.revokedAt || Date.now() - token.rotatedAt.getTime() > graceMs) return null;
    return manager.findOne(RefreshToken, {
      where: { parentId: token.id, rotatedAt: IsNull(), revokedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async revokeFamily(manager: EntityManager, familyId: string, reason: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    this.check.forgetSession(familyId, manager);
  }

  private async issue(account: Account, familyId: string, manager: EntityManager, parentId: string | null = null): Promise<IssuedSession> {
    const { accessTokenTtlSeconds, refreshTokenTtlDays } = this.config.auth;
    // The server reads roles, assurance and language from the database on each request; here they are for the client only.
    const claims: AccessTokenClaims = {
      sub: account.id,
      sid: familyId,
      roles: account.roles,
      aal: account.assuranceLevel,
      lng: account.preferredLanguage,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: accessTokenTtlSeconds,
      audience: ACCESS_TOKEN_AUDIENCE,
      issuer: ACCESS_TOKEN_ISSUER,
      algorithm: 'HS256',
    });
    const refreshToken = newSecretToken();
    const refreshTokenExpiresAt = new Date(Date.now() + refreshTokenTtlDays * 86_400_000);
    await manager.insert(RefreshToken, {
      familyId,
      parentId,
      accountId: account.id,
      tokenHash: hashSecretToken(refreshToken),
      expiresAt: refreshTokenExpiresAt,
      userAgent: this.requestContext.userAgent ?? null,
      ip: this.requestContext.ip ?? null,
    });
    return {
      account,
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + accessTokenTtlSeconds * 1000),
      refreshToken,
      refreshTokenExpiresAt,
    };
  }
}

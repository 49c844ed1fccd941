import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import type { AssuranceLevel } from '../../common/auth/assurance-level.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { hashSecretToken, newSecretToken } from '../../common/crypto/secret-token.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { FederatedSignIn, type IssuedSession } from '../../identity/index.js';
import { EidAuthorization, EidAuthorizationPurpose, type PendingEidClaims } from '../entities/eid-authorization.entity.js';
import { IdentityVerificationException } from '../identity-verification.exception.js';
import { IdentityVerificationMethod } from '../identity-verification-method.js';
import { sanitiseReturnTo, withQuery } from '../return-to.js';
import { VerificationStartThrottle } from '../verification-start-throttle.js';
import { VerifiedIdentities, type ConfirmedIdentity } from '../verified-identities.service.js';
import type { EidOutcome } from './eid-outcome.js';
import { EidRelyingParty } from './eid-relying-party.js';

/** Where a sign-in with the eID lands in the client. */
export const EID_SIGN_IN_PATH = '/login/eid';
/** How long a first sign-in waits for the person to open or link an account. */
const PENDING_MINUTES = 15;

export interface EidCallbackResult {
  /** Client path to redirect to. */
  path: string;
  /** A sign-in that succeeded: the session to put in the refresh cookie. */
  session?: IssuedSession;
  /** A first sign-in of an unknown identity: the ticket for the browser's cookie. */
  pendingTicket?: { value: string; expiresAt: Date };
}

const isEmailNotVerified = (error: unknown) => error instanceof DomainException && error.options.reason === 'EMAIL_NOT_VERIFIED';

/**
 * Signing in with the eID instead of a password. A known eID identity signs its account in (the
 * proof is recorded again, so the session carries the eID's level); an unknown one may open an
 * account (the e-mail address is verified as usual) or be linked to an existing account whose
 * password the person confirms. One eID identity belongs to one account (VerifiedIdentities).
 */
@Injectable()
export class EidSignInService {
  private readonly logger = new Logger('EidSignIn');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relyingParty: EidRelyingParty,
    private readonly identities: VerifiedIdentities,
    private readonly federated: FederatedSignIn,
    private readonly throttle: VerificationStartThrottle,
    private readonly audit: AuditService,
  ) {}

  async start(
    returnTo: string | null | undefined,
    language: string,
    ip: string | undefined,
  ): Promise<{ authorizationUrl: string; state: string; expiresAt: Date }> {
    const target = sanitiseReturnTo(returnTo, this.config.publicUrl);
    if (target === undefined) throw IdentityVerificationException.invalidReturnTo();
    await this.throttle.consume(`eid-sign-in:${ip ?? 'unknown'}`);
    let request;
    try {
      request = await this.relyingParty.authorizationRequest(language);
    } catch (error) {
      this.logger.error({ err: error }, 'eID service discovery failed');
      throw IdentityVerificationException.eidUnavailable();
    }
    const expiresAt = new Date(Date.now() + this.config.identityVerification.eid.authorizationTtlSeconds * 1000);
    await this.dataSource.getRepository(EidAuthorization).insert({
      accountId: null,
      purpose: EidAuthorizationPurpose.sign_in,
      stateHash: hashSecretToken(request.state),
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      returnTo: target,
      expiresAt,
    });
    return { authorizationUrl: request.url, state: request.state, expiresAt };
  }

  /** At the callback, once the eID's answer and claims have been checked. */
  async complete(authorization: EidAuthorization, confirmed: ConfirmedIdentity): Promise<EidCallbackResult> {
    const accountId = await this.identities.accountOfSource(confirmed.source, confirmed.sourceSubject);
    if (accountId) {
      try {
        const session = await this.dataSource.transaction(async (manager) => {
          await this.identities.record(manager, accountId, confirmed);
          await manager.update(EidAuthorization, { id: authorization.id }, { outcome: 'signed_in', accountId });
          return this.federated.signIn(accountId, 'eid', manager);
        });
        return { path: this.path('signed_in', authorization.returnTo), session };
      } catch (error) {
        if (isEmailNotVerified(error)) return { path: await this.fail(authorization, 'email_not_verified', accountId) };
        if (error instanceof IdentityVerificationException && error.options.reason === 'IDENTITY_MISMATCH')
          return { path: await this.fail(authorization, 'identity_mismatch', accountId) };
        throw error;
      }
    }
    const ticket = newSecretToken();
    const expiresAt = new Date(Date.now() + PENDING_MINUTES * 60_000);
    const pendingClaims: PendingEidClaims = { ...confirmed, level: confirmed.level };
    delete (pendingClaims as Partial<ConfirmedIdentity>).method;
    await this.dataSource
      .getRepository(EidAuthorization)
      .update(
        { id: authorization.id },
        { outcome: 'new_identity', pendingClaims, pendingHash: hashSecretToken(ticket), pendingExpiresAt: expiresAt },
      );
    return { path: this.path('new_identity', authorization.returnTo), pendingTicket: { value: ticket, expiresAt } };
  }

  /** What the eID confirmed at a first sign-in still waiting in this browser, if any. */
  async pending(ticket: string | undefined): Promise<(PendingEidClaims & { expiresAt: Date }) | null> {
    const row = await this.pendingRow(this.dataSource.manager, ticket);
    return row ? { ...row.pendingClaims!, expiresAt: row.pendingExpiresAt! } : null;
  }

  /**
   * Opens an account for the person of a first sign-in: the eID identity verifies it at once, the
   * e-mail address is verified as usual (then the person signs in with the eID). When the address
   * already has an account nothing happens, and the answer is the same (linking is the way there).
   */
  async openAccount(
    ticket: string | undefined,
    input: { email: string; preferredLanguage: string },
  ): Promise<{ email: string; opened: boolean }> {
    const opened = await this.dataSource.transaction(async (manager) => {
      const row = await this.pendingRow(manager, ticket, true);
      if (!row) throw IdentityVerificationException.signInExpired();
      const accountId = await this.federated.openAccount(manager, input);
      if (!accountId) {
        await this.audit.record(
          { action: 'identity_verification.eid_sign_up_email_in_use', subjectType: 'eid_authorization', subjectId: row.id },
          manager,
        );
        return false;
      }
      await this.identities.record(manager, accountId, this.confirmedOf(row.pendingClaims!));
      await this.finish(manager, row, 'account_opened', accountId);
      return true;
    });
    if (opened) await this.federated.sendVerification(input.email);
    return { email: input.email.trim().toLowerCase(), opened };
  }

  /** Links the eID identity of a first sign-in to an existing account after its password is confirmed, and signs in. */
  async linkAccount(
    ticket: string | undefined,
    input: { email: string; password: string },
    ip: string | undefined,
  ): Promise<IssuedSession> {
    if (!(await this.pendingRow(this.dataSource.manager, ticket))) throw IdentityVerificationException.signInExpired();
    const accountId = await this.federated.confirmPassword(input, ip);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.pendingRow(manager, ticket, true);
      if (!row) throw IdentityVerificationException.signInExpired();
      await this.identities.record(manager, accountId, this.confirmedOf(row.pendingClaims!));
      await this.finish(manager, row, 'account_linked', accountId);
      return this.federated.signIn(accountId, 'eid', manager);
    });
  }

  private async pendingRow(manager: EntityManager, ticket: string | undefined, lock = false): Promise<EidAuthorization | null> {
    if (!ticket || ticket.length > 200) return null;
    return manager.findOne(EidAuthorization, {
      where: { pendingHash: hashSecretToken(ticket), pendingExpiresAt: MoreThan(new Date()), purpose: EidAuthorizationPurpose.sign_in },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  private async finish(manager: EntityManager, row: EidAuthorization, outcome: string, accountId: string): Promise<void> {
    await manager.update(
      EidAuthorization,
      { id: row.id },
      { outcome, accountId, pendingClaims: null, pendingHash: null, pendingExpiresAt: null },
    );
  }

  private confirmedOf(claims: PendingEidClaims): ConfirmedIdentity {
    return { ...claims, level: claims.level as AssuranceLevel, method: IdentityVerificationMethod.eid };
  }

  /** Records a failed sign-in and answers where the client shows why. */
  private async fail(authorization: EidAuthorization, outcome: EidOutcome, accountId: string | null = null): Promise<string> {
    await this.dataSource.getRepository(EidAuthorization).update({ id: authorization.id }, { outcome });
    await this.audit.record({
      action: 'identity_verification.eid_sign_in_failed',
      actorAccountId: accountId,
      subjectType: 'eid_authorization',
      subjectId: authorization.id,
      details: { outcome },
    });
    return this.path(outcome, authorization.returnTo);
  }

  path(outcome: EidOutcome, returnTo: string | null): string {
    return withQuery(EID_SIGN_IN_PATH, returnTo ? { result: outcome, returnTo } : { result: outcome });
  }
}

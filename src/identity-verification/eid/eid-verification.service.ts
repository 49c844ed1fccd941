import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthorizationResponseError } from 'openid-client';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { AssuranceLevel, meetsAssurance } from '../../common/auth/assurance-level.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { hashSecretToken } from '../../common/crypto/secret-token.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { EidAuthorization, EidAuthorizationPurpose } from '../entities/eid-authorization.entity.js';
import { isBirthDate, levelOfAcr, nationalityCode } from '../identity-claims.js';
import { IdentityVerificationException } from '../identity-verification.exception.js';
import { IdentityVerificationMethod } from '../identity-verification-method.js';
import { sanitiseReturnTo, withQuery } from '../return-to.js';
import { VerificationStartThrottle } from '../verification-start-throttle.js';
import { VerifiedIdentities, type ConfirmedIdentity } from '../verified-identities.service.js';
import type { EidOutcome } from './eid-outcome.js';
import { EidRelyingParty, type EidClaims } from './eid-relying-party.js';
import { EidSignInService, type EidCallbackResult } from './eid-sign-in.service.js';

export interface EidCallbackParams {
  query: string;
  state?: string;
  error?: string;
  /** The state the browser that started the login holds in its cookie. */
  browserState?: string;
}

/** Starts eID logins for signed-in accounts and completes them (and eID sign-ins) at the callback. */
@Injectable()
export class EidVerificationService {
  private readonly logger = new Logger('EidVerification');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relyingParty: EidRelyingParty,
    private readonly identities: VerifiedIdentities,
    private readonly audit: AuditService,
    private readonly throttle: VerificationStartThrottle,
    private readonly signIn: EidSignInService,
  ) {}

  /** Returns where to send the browser, and the state to bind to the browser. */
  async start(actor: Actor, returnTo: string | null | undefined): Promise<{ authorizationUrl: string; state: string; expiresAt: Date }> {
    const target = sanitiseReturnTo(returnTo, this.config.publicUrl);
    if (target === undefined) throw IdentityVerificationException.invalidReturnTo();
    await this.throttle.consume(actor.accountId);
    if (
      meetsAssurance(await this.identities.currentLevel(actor.accountId), AssuranceLevel.high) &&
      (await this.identities.of(actor.accountId))
    ) {
      throw IdentityVerificationException.alreadyVerified();
    }
    let request;
    try {
      request = await this.relyingParty.authorizationRequest(actor.language);
    } catch (error) {
      this.logger.error({ err: error }, 'eID service discovery failed');
      throw IdentityVerificationException.eidUnavailable();
    }
    const expiresAt = new Date(Date.now() + this.config.identityVerification.eid.authorizationTtlSeconds * 1000);
    await this.dataSource.getRepository(EidAuthorization).insert({
      accountId: actor.accountId,
      stateHash: hashSecretToken(request.state),
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      returnTo: target,
      expiresAt,
    });
    return { authorizationUrl: request.url, state: request.state, expiresAt };
  }

  /**
   * Completes a login at the callback; returns the client path to redirect to (and, for a sign-in,
   * the session or the ticket of a first sign-in). Never throws for the user's or the provider's mistakes.
   */
  async complete(params: EidCallbackParams): Promise<EidCallbackResult> {
    if (!params.state || params.state.length > 200) return { path: this.resultPath('invalid_state') };
    const authorization = await this.consume(params.state);
    if (!authorization) {
      const known = await this.dataSource.getRepository(EidAuthorization).findOneBy({ stateHash: hashSecretToken(params.state) });
      if (known) await this.auditFailure(known, 'already_used');
      if (known?.purpose === EidAuthorizationPurpose.sign_in) return { path: this.signIn.path('already_used', known.returnTo) };
      return { path: this.resultPath(known ? 'already_used' : 'invalid_state') };
    }
    return this.completeAuthorization(authorization, params);
  }

  private async completeAuthorization(authorization: EidAuthorization, params: EidCallbackParams): Promise<EidCallbackResult> {
    const result = await this.checkedClaims(authorization, params);
    if (typeof result === 'string') return { path: result };
    if (authorization.purpose === EidAuthorizationPurpose.sign_in) return this.signIn.complete(authorization, result);
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.identities.record(manager, authorization.accountId!, result);
        await manager.update(EidAuthorization, { id: authorization.id }, { outcome: 'verified' });
      });
    } catch (error) {
      if (error instanceof IdentityVerificationException && error.options.reason === 'IDENTITY_MISMATCH')
        return { path: await this.fail(authorization, 'identity_mismatch') };
      if (error instanceof IdentityVerificationException && error.options.reason === 'IDENTITY_IN_USE')
        return { path: await this.fail(authorization, 'identity_in_use') };
      throw error;
    }
    return {
      path: authorization.returnTo ? withQuery(authorization.returnTo, { identityResult: 'verified' }) : this.resultPath('verified'),
    };
  }

  /** The person the eID confirmed, or the client path of why not. */
  private async checkedClaims(authorization: EidAuthorization, params: EidCallbackParams): Promise<ConfirmedIdentity | string> {
    const state = params.state!;
    if (params.browserState !== state) return this.fail(authorization, 'invalid_state');
    if (authorization.expiresAt.getTime() < Date.now()) return this.fail(authorization, 'expired');
    if (params.error)
      return this.fail(authorization, params.error === 'access_denied' ? 'cancelled' : 'refused', {
        providerError: params.error.slice(0, 60),
      });

    let claims: EidClaims;
    try {
      claims = await this.relyingParty.complete(params.query, {
        state,
        nonce: authorization.nonce,
        codeVerifier: authorization.codeVerifier,
      });
    } catch (error) {
      if (error instanceof AuthorizationResponseError) {
        return this.fail(authorization, error.error === 'access_denied' ? 'cancelled' : 'refused', { providerError: error.error });
      }
      const network = error instanceof TypeError || (error as { code?: string }).code === 'OAUTH_TIMEOUT';
      this.logger.warn({ err: error }, 'eID token exchange or ID token check failed');
      return this.fail(authorization, network ? 'unavailable' : 'verification_failed', { error: (error as Error).message?.slice(0, 200) });
    }

    const level = levelOfAcr(claims.acr);
    if (level === AssuranceLevel.low) return this.fail(authorization, 'level_too_low', { acr: claims.acr ?? null });
    const nationality = nationalityCode(claims.nationality);
    if (!claims.givenName || !claims.familyName || !isBirthDate(claims.birthDate) || !nationality)
      return this.fail(authorization, 'incomplete_data');

    return {
      givenName: claims.givenName,
      familyName: claims.familyName,
      birthDate: claims.birthDate!,
      nationality,
      placeOfBirth: claims.placeOfBirth ?? null,
      level,
      method: IdentityVerificationMethod.eid,
      source: this.config.identityVerification.eid.issuerUrl,
      sourceSubject: claims.sub,
    };
  }

  /** Marks the state used, atomically: the same state never completes twice. */
  private async consume(state: string): Promise<EidAuthorization | null> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(EidAuthorization)
      .set({ consumedAt: () => 'now()' })
      .where('state_hash = :stateHash AND consumed_at IS NULL', { stateHash: hashSecretToken(state) })
      .returning(['id'])
      .execute();
    const rows = result.raw as { id: string }[];
    return rows.length ? this.dataSource.getRepository(EidAuthorization).findOneByOrFail({ id: rows[0].id }) : null;
  }

  private async fail(authorization: EidAuthorization, outcome: EidOutcome, details: Record<string, unknown> = {}): Promise<string> {
    await this.dataSource.getRepository(EidAuthorization).update({ id: authorization.id }, { outcome });
    await this.auditFailure(authorization, outcome, details);
    if (authorization.purpose === EidAuthorizationPurpose.sign_in) return this.signIn.path(outcome, authorization.returnTo);
    return this.resultPath(outcome, authorization.returnTo);
  }

  private async auditFailure(authorization: EidAuthorization, outcome: EidOutcome, details: Record<string, unknown> = {}): Promise<void> {
    await this.audit.record({
      action: 'identity_verification.eid_failed',
      actorAccountId: authorization.accountId,
      subjectType: authorization.accountId ? 'account' : 'eid_authorization',
      subjectId: authorization.accountId ?? authorization.id,
      details: { outcome, purpose: authorization.purpose, ...details },
    });
  }

  private resultPath(outcome: EidOutcome, returnTo?: string | null): string {
    return withQuery('/identity', returnTo ? { result: outcome, returnTo } : { result: outcome });
  }
}

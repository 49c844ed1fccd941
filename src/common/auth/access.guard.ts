import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { DomainException } from '../errors/domain.exception.js';
import { RequestContext } from '../context/request-context.js';
import { Terminals, terminalSecretOf } from '../terminals/index.js';
import { ACCESS_POLICY, type AccessPolicy, requestOf } from './access.decorators.js';
import type { Actor } from './actor.js';
import { hasRole } from './actor.js';
import { JwtStrategy } from './jwt.strategy.js';

/**
 * Global guard: every resolver and controller must declare who may call it.
 * Without a policy the call is refused (deny by default).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);
  private tokens?: JwtStrategy;
  private terminals?: Terminals;

  constructor(
    private readonly reflector: Reflector,
    private readonly requestContext: RequestContext,
    private readonly moduleRef?: ModuleRef,
  ) {}

  /**
   * The caller of `request` from its bearer token (verified directly, without the passport round
   * trip), set as `request.user`. An error here comes from checking the session (the store failed),
   * not from a bad token: it surfaces as such (e.g. busy) instead of signing the caller out.
   */
  private async authenticate(context: ExecutionContext): Promise<Actor> {
    const request = requestOf(context);
    this.tokens ??= this.moduleRef!.get(JwtStrategy, { strict: false });
    const actor = await this.tokens.actorOfAuthorization(request.headers.authorization);
    if (!actor) throw DomainException.unauthenticated();
    request.user = actor;
    return actor;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      this.logger.error(`No access policy on ${context.getClass().name}.${context.getHandler().name}; refused`);
      throw DomainException.forbidden();
    }
    if (policy.kind === 'public') {
      await this.accountLanguageOfPublicCall(context);
      return true;
    }

    if (policy.kind === 'account_or_terminal') {
      const request = requestOf(context);
      const secret = terminalSecretOf(request);
      if (request.headers.authorization === undefined && secret !== undefined) {
        this.terminals ??= this.moduleRef!.get(Terminals, { strict: false });
        request.terminal = await this.terminals.authenticate(secret);
        return true;
      }
    }
    const actor = await this.authenticate(context);
    this.requestContext.setActor(actor);
    if (policy.kind === 'authenticated' && policy.roles.length > 0 && !hasRole(actor, ...policy.roles)) throw DomainException.forbidden();
    return true;
  }

  /**
   * A public operation called with a live access token answers in the account's language too (the
   * account's preference comes before `lng` and Accept-Language). The operation still runs as
   * anonymous; a token that is not valid is ignored here.
   */
  private async accountLanguageOfPublicCall(context: ExecutionContext): Promise<void> {
    const request = requestOf(context);
    const authorization = request.headers.authorization;
    if (typeof authorization !== 'string' || !JWT_BEARER.test(authorization)) return;
    try {
      const actor = await this.authenticate(context);
      this.requestContext.useAccountLanguage(actor.language);
    } catch {
      // Not signed in after all: the request's own language stays.
    } finally {
      delete request.user;
    }
  }
}

/** `Bearer` and something shaped like a JWT (partner API keys, also bearer tokens, are not). */
const JWT_BEARER = /^Bearer\s+eyJ[\w-]*\.[\w-]+\.[\w-]+$/i;

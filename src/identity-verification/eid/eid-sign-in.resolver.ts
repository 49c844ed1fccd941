import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/access.decorators.js';
import { RequestContext } from '../../common/context/request-context.js';
import type { AssuranceLevel } from '../../common/auth/assurance-level.js';
import type { GraphqlContext } from '../../common/graphql-context.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuthPayloadModel, FederatedSignIn, RegistrationResultModel } from '../../identity/index.js';
import { LinkEidToAccountInput, OpenAccountWithEidInput, StartEidSignInInput } from '../dto/identity-verification.inputs.js';
import { EidVerificationStartModel, PendingEidSignInModel } from '../models/identity-verification.models.js';
import { clearEidPendingCookie, readEidPendingCookie } from './eid-sign-in-cookie.js';
import { EidSignInService } from './eid-sign-in.service.js';
import { setEidStateCookie } from './eid-state-cookie.js';

/** Sign in with the eID instead of a password (the city portal's way). */
@Resolver()
export class EidSignInResolver {
  constructor(
    private readonly signIn: EidSignInService,
    private readonly federated: FederatedSignIn,
    private readonly requestContext: RequestContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => EidVerificationStartModel, {
    description: 'Starts a sign-in with the eID; send the browser to `authorizationUrl`. It comes back to `/login/eid?result=…`.',
  })
  @Public()
  async startEidSignIn(
    @Args('input', { type: () => StartEidSignInInput, nullable: true }) input: StartEidSignInInput | null,
    @Context() context: GraphqlContext,
  ): Promise<EidVerificationStartModel> {
    const started = await this.signIn.start(
      input?.returnTo,
      this.requestContext.language ?? this.config.i18n.defaultLanguage,
      context.req.ip,
    );
    setEidStateCookie(context.reply, started.state, started.expiresAt, this.config.auth.secureCookies);
    return Object.assign(new EidVerificationStartModel(), { authorizationUrl: started.authorizationUrl, expiresAt: started.expiresAt });
  }

  @Query(() => PendingEidSignInModel, {
    nullable: true,
    description: 'The first eID sign-in waiting in this browser (after `result=new_identity`), if any.',
  })
  @Public()
  async pendingEidSignIn(@Context() context: GraphqlContext): Promise<PendingEidSignInModel | null> {
    const pending = await this.signIn.pending(readEidPendingCookie(context.req));
    if (!pending) return null;
    return Object.assign(new PendingEidSignInModel(), {
      givenName: pending.givenName,
      familyName: pending.familyName,
      level: pending.level as AssuranceLevel,
      expiresAt: pending.expiresAt,
    });
  }

  @Mutation(() => RegistrationResultModel, {
    description:
      'Opens an account for the person of the waiting eID sign-in and sends the e-mail verification link; then sign in with the eID.',
  })
  @Public()
  async openAccountWithEid(
    @Args('input') input: OpenAccountWithEidInput,
    @Context() context: GraphqlContext,
  ): Promise<RegistrationResultModel> {
    const result = await this.signIn.openAccount(readEidPendingCookie(context.req), input);
    if (result.opened) clearEidPendingCookie(context.reply, this.config.auth.secureCookies);
    return { email: result.email, verificationEmailSent: true };
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Links the waiting eID sign-in to an existing account after its password is confirmed, and signs in; sets the refresh cookie.',
  })
  @Public()
  async linkEidToAccount(@Args('input') input: LinkEidToAccountInput, @Context() context: GraphqlContext): Promise<AuthPayloadModel> {
    const session = await this.signIn.linkAccount(readEidPendingCookie(context.req), input, context.req.ip);
    clearEidPendingCookie(context.reply, this.config.auth.secureCookies);
    return this.federated.respond(session, context.reply);
  }
}

import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Authenticated, CurrentActor, Public } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { AccountService } from './account.service.js';
import { AuthenticationService } from './authentication.service.js';
import { ChangePasswordInput, LoginInput, RegisterInput, ResetPasswordInput, UpdatePreferencesInput } from './dto/identity.inputs.js';
import { AccountModel } from './models/account.model.js';
import { AuthPayloadModel } from './models/auth-payload.model.js';
import { RegistrationResultModel } from './models/registration-result.model.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie.js';
import { SessionService, type IssuedSession } from './session.service.js';

@Resolver()
export class IdentityResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountService,
    private readonly authentication: AuthenticationService,
    private readonly sessions: SessionService,
  ) {}

  @Query(() => AccountModel, { description: 'The signed-in account.' })
  @Authenticated()
  async me(@CurrentActor() actor: Actor): Promise<AccountModel> {
    return AccountModel.from(await this.accounts.getOwn(actor));
  }

  @Mutation(() => RegistrationResultModel, { description: 'Opens an account and sends the e-mail verification link.' })
  @Public()
  async register(@Args('input') input: RegisterInput): Promise<RegistrationResultModel> {
    const account = await this.accounts.register(input);
    return { email: account.email, verificationEmailSent: true };
  }

  @Mutation(() => Boolean)
  @Public()
  async verifyEmail(@Args('token') token: string): Promise<boolean> {
    await this.accounts.verifyEmail(token);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Always true, so that it reveals nothing about which addresses have accounts.' })
  @Public()
  async resendVerificationEmail(@Args('email') email: string): Promise<boolean> {
    await this.accounts.resendVerification(email);
    return true;
  }

  @Mutation(() => AuthPayloadModel, { description: 'Signs in; sets the refresh cookie.' })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() context: GraphqlContext): Promise<AuthPayloadModel> {
    return this.respond(await this.authentication.login(input, context.req.ip), context);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Rotates the refresh cookie and returns a new access token.' })
  @Public()
  async refreshSession(@Context() context: GraphqlContext): Promise<AuthPayloadModel> {
    try {
      return this.respond(await this.sessions.refresh(readRefreshCookie(context.req)), context);
    } catch (error) {
      clearRefreshCookie(context.reply, this.config.auth.secureCookies);
      throw error;
    }
  }

  @Mutation(() => Boolean, { description: 'Ends the session of the refresh cookie and clears it.' })
  @Public()
  async logout(@Context() context: GraphqlContext): Promise<boolean> {
    await this.sessions.end(readRefreshCookie(context.req));
    clearRefreshCookie(context.reply, this.config.auth.secureCookies);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Always true; sends a reset link when the account exists.' })
  @Public()
  async requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    await this.accounts.requestPasswordReset(email);
    return true;
  }

  @Mutation(() => Boolean)
  @Public()
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.accounts.resetPassword(input.token, input.newPassword);
    return true;
  }

  @Mutation(() => Boolean)
  @Authenticated()
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.accounts.changePassword(actor, input.currentPassword, input.newPassword);
    return true;
  }

  @Mutation(() => AccountModel)
  @Authenticated()
  async updateMyPreferences(@CurrentActor() actor: Actor, @Args('input') input: UpdatePreferencesInput): Promise<AccountModel> {
    return AccountModel.from(await this.accounts.updatePreferences(actor, input));
  }

  private respond(session: IssuedSession, context: GraphqlContext): AuthPayloadModel {
    setRefreshCookie(context.reply, session.refreshToken, session.refreshTokenExpiresAt, this.config.auth.secureCookies);
    return {
      accessToken: session.accessToken,
      accessTokenExpiresAt: session.accessTokenExpiresAt,
      account: AccountModel.from(session.account),
    };
  }
}

import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Inject } from '@nestjs/common';
import { Public } from '../../common/auth/access.decorators.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { FederatedSignIn } from '../../identity/index.js';
import { setEidPendingCookie } from './eid-sign-in-cookie.js';
import { EID_STATE_COOKIE, EID_STATE_COOKIE_PATH } from './eid-state-cookie.js';
import { EidVerificationService } from './eid-verification.service.js';

/** Where the eID service sends the browser back; the state binds the answer to the account that started it. */
@Controller('api/identity/eid')
export class EidCallbackController {
  constructor(
    private readonly eid: EidVerificationService,
    private readonly federated: FederatedSignIn,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('callback')
  @Public()
  async callback(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('state') state?: unknown,
    @Query('error') error?: unknown,
  ): Promise<void> {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    const cookieHeader = request.headers.cookie;
    const browserState = cookieHeader ? request.server.parseCookie(cookieHeader)[EID_STATE_COOKIE] : undefined;
    const { path, session, pendingTicket } = await this.eid.complete({
      query,
      state: typeof state === 'string' ? state : undefined,
      error: typeof error === 'string' ? error : undefined,
      browserState,
    });
    // A sign-in: the session's refresh cookie (the client fetches the access token with it), or the ticket of a first sign-in.
    if (session) this.federated.respond(session, reply);
    if (pendingTicket) setEidPendingCookie(reply, pendingTicket.value, pendingTicket.expiresAt, this.config.auth.secureCookies);
    void reply.clearCookie(EID_STATE_COOKIE, {
      path: EID_STATE_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.auth.secureCookies,
    });
    void reply.header('cache-control', 'no-store').redirect(`${this.config.publicUrl}${path}`, 303);
  }
}

import { Body, Controller, Get, Header, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { Oauth2ResourceUnauthorizedError, Oauth2ServerErrorResponseError, type RequestLike } from '@openid4vc/oauth2';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Public } from '../../common/auth/access.decorators.js';
import { Openid4vciParties } from './openid4vci-parties.js';
import { WalletIssuanceService } from './wallet-issuance.service.js';

/**
 * The OpenID4VCI endpoints a wallet talks to (pre-authorised code flow): issuer and authorization
 * server metadata, token, nonce and credential. Their errors are OAuth error responses
 * (`{ error, error_description }`, RFC 6749 §5.2 / OpenID4VCI §8.3.1), not the platform's GraphQL shape.
 */
@Controller()
export class Openid4vciController {
  constructor(
    private readonly wallet: WalletIssuanceService,
    private readonly parties: Openid4vciParties,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('.well-known/openid-credential-issuer')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  credentialIssuerMetadata() {
    return this.parties.issuerMetadata().credentialIssuer;
  }

  @Get('.well-known/oauth-authorization-server')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  authorizationServerMetadata() {
    return this.parties.authorizationServerMetadata();
  }

  @Post('api/openid4vci/token')
  @Public()
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  token(@Req() request: FastifyRequest, @Body() body: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.answer(reply, () => this.wallet.token(this.requestLike(request), body ?? {}));
  }

  @Post('api/openid4vci/nonce')
  @Public()
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  nonce() {
    return this.wallet.nonce();
  }

  @Post('api/openid4vci/credential')
  @Public()
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  credential(@Req() request: FastifyRequest, @Body() body: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.answer(reply, () => this.wallet.credential(this.requestLike(request), body ?? {}));
  }

  private async answer<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T | object> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof Oauth2ServerErrorResponseError) {
        void reply.status(error.status);
        return error.errorResponse;
      }
      if (error instanceof Oauth2ResourceUnauthorizedError) {
        const [challenge] = error.wwwAuthenticateHeaders;
        void reply.status(401).header('www-authenticate', error.toHeaderValue());
        return { error: challenge?.error ?? 'invalid_token', error_description: challenge?.error_description };
      }
      throw error;
    }
  }

  /** The request as the libraries see it: its public URL (DPoP `htu`), method and headers. */
  private requestLike(request: FastifyRequest): RequestLike {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    return { headers, method: request.method as RequestLike['method'], url: `${this.config.publicUrl}${request.url}` };
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import * as oidc from 'openid-client';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { EIDAS_LOA } from '../eidas.js';

export interface EidAuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The claims the eID service vouched for, with its level of assurance. */
export interface EidClaims {
  sub: string;
  givenName?: string;
  familyName?: string;
  birthDate?: string;
  nationality?: string;
  placeOfBirth?: string | null;
  acr?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * The OpenID Connect relying party towards the eID service (authorization code flow with PKCE,
 * state and nonce). The in-process development provider is reached through Fastify's request
 * injection, so it works whether or not the server can reach its own public URL.
 */
@Injectable()
export class EidRelyingParty implements OnApplicationBootstrap {
  private readonly logger = new Logger('EidRelyingParty');
  private configuration?: Promise<oidc.Configuration>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /**
   * Warms the discovery at start, so the first identification does not wait for it (it stays cached;
   * a failure is retried on first use). Once the server is ready: the development provider answers
   * through the server itself.
   */
  onApplicationBootstrap(): void {
    const warm = () =>
      void this.discovered().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'eID service discovery at start failed; it is retried on first use'),
      );
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return warm();
    try {
      fastify.addHook('onReady', (done) => {
        setImmediate(warm);
        done();
      });
    } catch {
      // Already started (the hook can no longer be added): warm now.
      warm();
    }
  }

  private get eid() {
    return this.config.identityVerification.eid;
  }

  async authorizationRequest(language: string): Promise<EidAuthorizationRequest> {
    const configuration = await this.discovered();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.eid.redirectUri,
      scope: this.eid.scopes,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      // eIDAS levels we accept, strongest first; the service answers with the one reached in `acr`.
      acr_values: `${EIDAS_LOA.high} ${EIDAS_LOA.substantial}`,
      // Every identification reads the ID card again; an earlier session at the eID service never counts.
      prompt: 'login',
      ui_locales: language,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** Exchanges the code (checking state, nonce, PKCE and the ID token) and returns the person's claims. */
  async complete(callbackQuery: string, checks: { state: string; nonce: string; codeVerifier: string }): Promise<EidClaims> {
    const configuration = await this.discovered();
    const currentUrl = new URL(this.eid.redirectUri);
    currentUrl.search = callbackQuery;
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    let claims: Record<string, unknown> = idToken;
    if (!text(idToken.given_name) || !text(idToken.family_name) || !text(idToken.birthdate)) {
      claims = { ...(await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), acr: idToken.acr };
    }
    return {
      sub: idToken.sub,
      givenName: text(claims.given_name),
      familyName: text(claims.family_name),
      birthDate: text(claims.birthdate),
      nationality: text(claims.nationality),
      placeOfBirth: text(claims.place_of_birth) ?? null,
      acr: text(idToken.acr),
    };
  }

  private discovered(): Promise<oidc.Configuration> {
    this.configuration ??= this.discover().catch((error) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private async discover(): Promise<oidc.Configuration> {
    const issuer = new URL(this.eid.issuerUrl);
    const options: oidc.DiscoveryRequestOptions = { timeout: 10 };
    if (this.eid.devProvider.enabled) options[oidc.customFetch] = this.inProcessFetch;
    if (issuer.protocol === 'http:' && !this.config.isProduction) options.execute = [oidc.allowInsecureRequests];
    const configuration = await oidc.discovery(
      issuer,
      this.eid.clientId,
      { client_secret: this.eid.clientSecret, id_token_signed_response_alg: 'RS256' },
      oidc.ClientSecretBasic(this.eid.clientSecret),
      options,
    );
    if (this.eid.devProvider.enabled) configuration[oidc.customFetch] = this.inProcessFetch;
    return configuration;
  }

  private readonly inProcessFetch: oidc.CustomFetch = async (url, options) => {
    const target = new URL(url);
    if (!url.startsWith(`${this.eid.issuerUrl}/`)) return fetch(url, options as RequestInit);
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const body = options.body instanceof URLSearchParams ? options.body.toString() : (options.body as string | undefined);
    const response = await fastify.inject({
      method: options.method as 'GET' | 'POST',
      url: `${target.pathname}${target.search}`,
      headers: { ...options.headers, host: target.host },
      payload: body,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    return new Response(response.statusCode === 204 ? null : new Uint8Array(response.rawPayload), { status: response.statusCode, headers });
  };
}

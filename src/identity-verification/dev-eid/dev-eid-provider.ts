import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { exportJWK, generateKeyPair } from 'jose';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type Provider from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { EIDAS_LOA } from '../eidas.js';
import { devEidIdentity } from './dev-eid-identities.js';
import { devEidMemoryAdapter } from './dev-eid-memory-adapter.js';
import { errorPage, identityPickerPage } from './dev-eid-pages.js';

const BODY_LIMIT = 16 * 1024;

async function formBody(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  const fields = parseQuery(Buffer.concat(chunks).toString('utf8'));
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, Array.isArray(value) ? value[0] : (value ?? '')]));
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

/**
 * A development eID service (an OpenID provider standing in for BundID or an eIDAS node) with
 * test identities, mounted in-process under `config.identityVerification.eid.devProvider.path`.
 * Only when no real issuer is configured, never in production. State lives in memory.
 */
@Injectable()
export class DevEidProvider implements OnModuleInit {
  private readonly logger = new Logger('DevEidProvider');
  private provider?: Promise<Provider>;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.identityVerification.eid.devProvider.enabled && !this.config.isProduction;
  }

  onModuleInit(): void {
    if (!this.enabled) return;
    const path = this.config.identityVerification.eid.devProvider.path;
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // Hijacked before Fastify parses the body: the provider and the interaction page read the raw request.
    const onRequest = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      reply.hijack();
      void this.handle(request.raw, reply.raw).catch((error) => {
        this.logger.error({ err: error }, 'dev eID request failed');
        if (!reply.raw.headersSent) sendHtml(reply.raw, 500, errorPage('server_error', undefined));
        else reply.raw.end();
      });
      done();
    };
    for (const url of [path, `${path}/*`]) {
      fastify.route({ method: ['GET', 'POST', 'HEAD', 'OPTIONS'], url, onRequest, handler: async () => undefined });
    }
    this.logger.log(`development eID provider at ${this.config.identityVerification.eid.issuerUrl}`);
  }

  /** Built on first use: most processes (and test runs) never need it. */
  private providerInstance(): Promise<Provider> {
    this.provider ??= this.createProvider().catch((error) => {
      this.provider = undefined;
      throw error;
    });
    return this.provider;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const provider = await this.providerInstance();
    const path = this.config.identityVerification.eid.devProvider.path;
    const url = request.url ?? '/';
    const interaction = new RegExp(`^${path}/interaction/([A-Za-z0-9_-]+)(\\?.*)?$`).exec(url);
    if (interaction) return this.interaction(provider, interaction[1], request, response);
    (request as IncomingMessage & { originalUrl?: string }).originalUrl = url;
    request.url = url.slice(path.length) || '/';
    void provider.callback()(request, response);
  }

  private async interaction(provider: Provider, uid: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    let details;
    try {
      details = await provider.interactionDetails(request, response);
    } catch {
      return sendHtml(response, 400, errorPage('invalid_request', 'this eID session has expired; start again'));
    }
    if (details.uid !== uid) return sendHtml(response, 400, errorPage('invalid_request', 'unknown interaction'));
    const clientId = String(details.params.client_id);
    if (request.method === 'GET') {
      if (details.prompt.name === 'login') {
        const client = await provider.Client.find(clientId);
        return sendHtml(
          response,
          200,
          identityPickerPage(`${this.config.identityVerification.eid.devProvider.path}/interaction/${uid}`, client?.clientName ?? clientId),
        );
      }
      // Transmitting the data was confirmed on the picker; the eID has no separate consent step.
      return provider.interactionFinished(
        request,
        response,
        { consent: { grantId: await this.grant(provider, details.session?.accountId ?? '', clientId, details) } },
        { mergeWithLastSubmission: true },
      );
    }
    if (request.method !== 'POST') return sendHtml(response, 405, errorPage('invalid_request', 'method not allowed'));
    const form = await formBody(request);
    if (form.decision === 'cancel') {
      return provider.interactionFinished(
        request,
        response,
        { error: 'access_denied', error_description: 'The identification was cancelled.' },
        { mergeWithLastSubmission: false },
      );
    }
    const identity = devEidIdentity(form.identity ?? '');
    if (!identity) return sendHtml(response, 400, errorPage('invalid_request', 'choose a test identity'));
    if (identity.refused) {
      return provider.interactionFinished(
        request,
        response,
        { error: 'unmet_authentication_requirements', error_description: 'The ID card is blocked.' },
        { mergeWithLastSubmission: false },
      );
    }
    const grantId = await this.grant(provider, identity.key, clientId, details);
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId: identity.key, acr: identity.acr, amr: ['eid'], remember: false }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  private async grant(
    provider: Provider,
    accountId: string,
    clientId: string,
    details: { params: Record<string, unknown> },
  ): Promise<string> {
    const grant = new provider.Grant({ accountId, clientId });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const missingClaims = (details as { prompt?: { details?: { missingOIDCClaims?: string[] } } }).prompt?.details?.missingOIDCClaims ?? [];
    grant.addOIDCClaims([...missingClaims, 'acr']);
    return grant.save();
  }

  private async createProvider(): Promise<Provider> {
    const eid = this.config.identityVerification.eid;
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: `dev-eid-${randomBytes(4).toString('hex')}` };
    const configuration: Configuration = {
      clients: [
        {
          client_id: eid.clientId,
          client_secret: eid.clientSecret,
          client_name: this.config.cityName ? `${this.config.cityName} e-Residency` : eid.clientId,
          redirect_uris: [eid.redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      adapter: devEidMemoryAdapter(),
      jwks: { keys: [signingKey as never] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      pkce: { required: () => true },
      scopes: ['openid', 'profile', 'eid'],
      claims: {
        acr: null,
        auth_time: null,
        iss: null,
        sid: null,
        openid: ['sub'],
        profile: ['given_name', 'family_name', 'birthdate'],
        eid: ['nationality', 'place_of_birth'],
      },
      acrValues: [EIDAS_LOA.substantial, EIDAS_LOA.high],
      // The relying party reads the person data from the ID token; no userinfo round trip needed.
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
      interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `${eid.devProvider.path}/interaction/${interaction.uid}` },
      findAccount: (_ctx, sub) => {
        const identity = devEidIdentity(sub);
        if (!identity || identity.refused) return undefined;
        return { accountId: sub, claims: () => ({ sub, ...identity.claims }) };
      },
      ttl: { AccessToken: 300, AuthorizationCode: 60, IdToken: 300, Interaction: 600, Session: 600, Grant: 600 },
      renderError: (ctx, out) => {
        ctx.type = 'html';
        ctx.body = errorPage(String(out.error), out.error_description ? String(out.error_description) : undefined);
      },
    };
    const { default: OidcProvider } = await import('oidc-provider');
    const provider = new OidcProvider(eid.issuerUrl, configuration);
    // Behind a TLS-terminating proxy the request's own protocol is http; trust X-Forwarded-Proto as the app does.
    provider.proxy = this.config.trustProxy;
    return provider;
  }
}

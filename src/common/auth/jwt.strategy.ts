import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { isUuid } from '../ids/is-uuid.js';
import { bearerTokenOf, VerifiedAccessTokens } from './access-token-verifier.js';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from './access-token.js';
import type { Actor } from './actor.js';
import { SessionVerifier } from './session-verifier.js';

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/** Small allowance for clocks between processes when comparing `exp` with `iat`. */
const CLOCK_LEEWAY_SECONDS = 5;

/**
 * Verifies the access JWT (signature, audience, issuer, `exp` required and not past, lifetime no
 * longer than configured), then checks its session against the store: a token of an ended session
 * is refused, and the actor's roles come from the database, not from the token.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly maxLifetimeSeconds: number;
  private readonly tokens: VerifiedAccessTokens;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionVerifier,
  ) {
    // A KeyObject: given a string, jsonwebtoken first tries (and fails) to parse a public key on every call.
    const key = createSecretKey(Buffer.from(config.auth.jwtSecret));
    super({
      jwtFromRequest: bearerToken,
      secretOrKey: key as unknown as string,
      algorithms: ['HS256'],
      audience: ACCESS_TOKEN_AUDIENCE,
      issuer: ACCESS_TOKEN_ISSUER,
      ignoreExpiration: false,
      passReqToCallback: true,
    });
    this.maxLifetimeSeconds = config.auth.accessTokenTtlSeconds + CLOCK_LEEWAY_SECONDS;
    this.tokens = new VerifiedAccessTokens(key);
  }

  /**
   * The actor of an `Authorization: Bearer` header, or null: the same checks as the passport path
   * (which graphql-ws connections still take), with the token verified directly by node:crypto
   * instead of through passport and jsonwebtoken (the path of every HTTP request).
   */
  async actorOfAuthorization(authorization: unknown): Promise<Actor | null> {
    const token = bearerTokenOf(authorization);
    if (!token) return null;
    const claims = this.tokens.claimsOf(token);
    return claims ? this.actorOf(claims, token) : null;
  }

  async validate(request: unknown, claims: AccessTokenClaims): Promise<Actor | null> {
    const token = bearerToken(request);
    if (!token) return null;
    return this.actorOf(claims, token);
  }

  private actorOf(claims: AccessTokenClaims, token: string): Promise<Actor | null> | null {
    // jsonwebtoken checks `exp` only when present: a token without it would never expire.
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return null;
    if (claims.exp - claims.iat > this.maxLifetimeSeconds) return null;
    if (!isUuid(claims.sub) || !isUuid(claims.sid)) return null;
    return this.sessions.actorOf(claims, token);
  }
}

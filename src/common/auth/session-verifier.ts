import type { AccessTokenClaims } from './access-token.js';
import type { Actor } from './actor.js';

/**
 * Checks an access token's session against the session store on each request and gives the actor
 * as the database has it now (roles, assurance, language), so that signing out, a password reset,
 * a revoked session and a role change take effect on the next request, not when the token expires.
 * Implemented by identity, which owns sessions and accounts.
 */
export abstract class SessionVerifier {
  /**
   * The actor of a live session, or null when the session has ended or the account is gone.
   * `token` is the raw access token, a key for a short cache.
   */
  abstract actorOf(claims: AccessTokenClaims, token: string): Promise<Actor | null>;
}

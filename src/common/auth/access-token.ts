import type { AssuranceLevel } from './assurance-level.js';
import type { Role } from './role.js';

/**
 * Claims of the short-lived access JWT. The server trusts only who (`sub`) and which session
 * (`sid`): what the account may do (roles, assurance) and its language are read from the database
 * on each request (through a short cache), so that changes apply at once. `roles`, `aal` and `lng`
 * are a snapshot at issue, for the client's information only. `iat` and `exp` are required.
 */
export interface AccessTokenClaims {
  sub: string;
  /** The session (refresh-token family) the token belongs to. */
  sid: string;
  roles?: Role[];
  aal?: AssuranceLevel;
  lng?: string;
  iat?: number;
  exp?: number;
}

export const ACCESS_TOKEN_AUDIENCE = 'bochum-eresidency';
export const ACCESS_TOKEN_ISSUER = 'bochum-eresidency';

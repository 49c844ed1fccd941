import type { AssuranceLevel } from './assurance-level.js';
import type { Role } from './role.js';

/** Claims of the short-lived access JWT. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  roles: Role[];
  aal: AssuranceLevel;
  lng: string;
}

export const ACCESS_TOKEN_AUDIENCE = 'bochum-eresidency';
export const ACCESS_TOKEN_ISSUER = 'bochum-eresidency';

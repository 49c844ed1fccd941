import type { Type } from '@nestjs/common';
import { EidSignInResolver } from './eid/eid-sign-in.resolver.js';
import { IdentityVerificationResolver } from './identity-verification.resolver.js';
import { InPersonIdentificationResolver } from './in-person/in-person-identification.resolver.js';

/** The GraphQL resolvers of this domain (module providers and the schema generator). */
export const IDENTITY_VERIFICATION_RESOLVERS: Type[] = [IdentityVerificationResolver, EidSignInResolver, InPersonIdentificationResolver];

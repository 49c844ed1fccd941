import type { Type } from '@nestjs/common';

/** The GraphQL resolvers of this domain (module providers and the schema generator). */
export const IDENTITY_VERIFICATION_RESOLVERS: Type[] = [];

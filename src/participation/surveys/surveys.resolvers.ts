import type { Type } from '@nestjs/common';
/** The GraphQL resolvers of participation's surveys (collected in ../participation.resolvers.ts). */
export const SURVEYS_RESOLVERS: Type[] = [];

import type { Type } from '@nestjs/common';
/** The GraphQL resolvers of participation's events (collected in ../participation.resolvers.ts). */
export const EVENTS_RESOLVERS: Type[] = [];

import type { Type } from '@nestjs/common';
import { NewsResolver } from './news.resolver.js';

/** The GraphQL resolvers of participation's news (collected in ../participation.resolvers.ts). */
export const NEWS_RESOLVERS: Type[] = [NewsResolver];

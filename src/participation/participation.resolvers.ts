import type { Type } from '@nestjs/common';
import { EVENTS_RESOLVERS } from './events/events.resolvers.js';
import { NEWS_RESOLVERS } from './news/news.resolvers.js';
import { SURVEYS_RESOLVERS } from './surveys/surveys.resolvers.js';

/** The GraphQL resolvers of the participation domain (for the schema CLI, through src/domains.ts). */
export const PARTICIPATION_RESOLVERS: Type[] = [...NEWS_RESOLVERS, ...EVENTS_RESOLVERS, ...SURVEYS_RESOLVERS];

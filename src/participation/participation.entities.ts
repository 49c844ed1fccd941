import { EVENTS_ENTITIES } from './events/events.entities.js';
import { NEWS_ENTITIES } from './news/news.entities.js';
import { SURVEYS_ENTITIES } from './surveys/surveys.entities.js';

/** The TypeORM entities of the participation domain (registered once, in src/domains.ts). */
export const PARTICIPATION_ENTITIES: Function[] = [...NEWS_ENTITIES, ...EVENTS_ENTITIES, ...SURVEYS_ENTITIES];

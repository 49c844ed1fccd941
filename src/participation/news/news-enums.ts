import { registerEnumType } from '@nestjs/graphql';

/** What an article is about: readers choose per topic whether it reaches them by e-mail. */
export enum NewsTopic {
  city_life = 'city_life',
  events_and_culture = 'events_and_culture',
  business = 'business',
  participation = 'participation',
}

/** How articles of a topic reach a reader by e-mail. */
export enum NewsEmailMode {
  off = 'off',
  immediately = 'immediately',
  weekly_digest = 'weekly_digest',
}

/** Where an article stands, derived from its dates (published = publish_at reached and not unpublished). */
export enum NewsStatus {
  draft = 'draft',
  scheduled = 'scheduled',
  published = 'published',
  unpublished = 'unpublished',
}

registerEnumType(NewsTopic, { name: 'NewsTopic', description: 'What a news article is about (e-mail preferences are per topic).' });
registerEnumType(NewsEmailMode, { name: 'NewsEmailMode', description: 'How articles of a topic reach a reader by e-mail.' });
registerEnumType(NewsStatus, { name: 'NewsStatus', description: 'Draft, scheduled, published or unpublished.' });

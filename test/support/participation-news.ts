import { graphql } from './graphql.js';
import type { TestApp } from './test-app.js';

export const STAFF_ARTICLE_FIELDS =
  'id titleDe teaserDe bodyDe translations { language title teaser body } topic audience { residents categories districts companies } isPublic status publishAt publishedAt unpublishedAt imageUrl';
export const ARTICLE_FIELDS = 'id title titleLanguage teaser teaserLanguage bodyHtml bodyLanguage topic publishedAt isPublic imageUrl';

export const CREATE_ARTICLE = `mutation($input: NewsArticleInput!) { createNewsArticle(input: $input) { ${STAFF_ARTICLE_FIELDS} } }`;
export const PUBLISH_ARTICLE = `mutation($id: ID!) { publishNewsArticle(id: $id) { ${STAFF_ARTICLE_FIELDS} } }`;
export const NEWS_FEED = `query($page: PageInput) { newsFeed(page: $page) { nodes { ${ARTICLE_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const NEWS_ARTICLE = `query($id: ID!) { newsArticle(id: $id) { ${ARTICLE_FIELDS} } }`;
export const SET_PREFERENCES = 'mutation($p: [NewsEmailPreferenceInput!]!) { setNewsEmailPreferences(preferences: $p) { topic mode } }';

/** An article input for former residents (override what a test is about). */
export function articleInput(overrides: Record<string, unknown> = {}) {
  return {
    titleDe: 'Rückkehr nach Bochum',
    teaserDe: 'Was sich in der Stadt getan hat.',
    bodyDe: 'Die Stadt hat **viel** Neues. [Mehr](https://www.bochum.de)',
    translations: [
      { language: 'en', title: 'Coming back to Bochum', teaser: 'What has changed in the city.', body: 'The city has **a lot** new.' },
    ],
    topic: 'city_life',
    audience: { residents: true, categories: ['former_resident'], districts: [], companies: false },
    isPublic: false,
    ...overrides,
  };
}

/** Creates and publishes an article as communication staff; returns the staff view. */
export async function publishedArticle(app: TestApp, staffToken: string, overrides: Record<string, unknown> = {}) {
  const created = await graphql<any>(app, CREATE_ARTICLE, { input: articleInput(overrides) }, { token: staffToken });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const published = await graphql<any>(app, PUBLISH_ARTICLE, { id: created.data.createNewsArticle.id }, { token: staffToken });
  if (!published.data) throw new Error(JSON.stringify(published.errors));
  return published.data.publishNewsArticle;
}

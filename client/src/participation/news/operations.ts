import { graphql } from '../../gql';
import type { NewsArticleFieldsFragment, NewsEmailMode, NewsStatus, NewsTopic, StaffNewsArticleFieldsFragment } from '../../gql/graphql';

export type NewsArticle = NewsArticleFieldsFragment;
export type StaffNewsArticle = StaffNewsArticleFieldsFragment;
export type { NewsEmailMode, NewsStatus, NewsTopic } from '../../gql/graphql';

export const NEWS_TOPICS: NewsTopic[] = ['city_life', 'events_and_culture', 'business', 'participation'];
export const NEWS_EMAIL_MODES: NewsEmailMode[] = ['off', 'immediately', 'weekly_digest'];
export const NEWS_STATUSES: NewsStatus[] = ['draft', 'scheduled', 'published', 'unpublished'];

export const NEWS_ARTICLE_FIELDS = graphql(`
  fragment NewsArticleFields on NewsArticle {
    id
    title
    titleLanguage
    teaser
    teaserLanguage
    bodyHtml
    bodyLanguage
    topic
    publishedAt
    isPublic
    imageUrl
  }
`);

export const STAFF_NEWS_ARTICLE_FIELDS = graphql(`
  fragment StaffNewsArticleFields on StaffNewsArticle {
    id
    titleDe
    teaserDe
    bodyDe
    translations {
      language
      title
      teaser
      body
    }
    topic
    audience {
      residents
      categories
      districts
      companies
    }
    isPublic
    status
    publishAt
    publishedAt
    unpublishedAt
    imageUrl
    updatedAt
  }
`);

export const NEWS_FEED = graphql(`
  query NewsFeed($page: PageInput) {
    newsFeed(page: $page) {
      nodes {
        ...NewsArticleFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PUBLIC_NEWS = graphql(`
  query PublicNews($page: PageInput) {
    publicNews(page: $page) {
      nodes {
        ...NewsArticleFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const NEWS_ARTICLE = graphql(`
  query NewsArticle($id: ID!) {
    newsArticle(id: $id) {
      ...NewsArticleFields
    }
  }
`);

export const PUBLIC_NEWS_ARTICLE = graphql(`
  query PublicNewsArticle($id: ID!) {
    publicNewsArticle(id: $id) {
      ...NewsArticleFields
    }
  }
`);

export const MY_NEWS_EMAIL_PREFERENCES = graphql(`
  query MyNewsEmailPreferences {
    myNewsEmailPreferences {
      topic
      mode
    }
  }
`);

export const SET_NEWS_EMAIL_PREFERENCES = graphql(`
  mutation SetNewsEmailPreferences($preferences: [NewsEmailPreferenceInput!]!) {
    setNewsEmailPreferences(preferences: $preferences) {
      topic
      mode
    }
  }
`);

export const UNSUBSCRIBE_FROM_NEWS = graphql(`
  mutation UnsubscribeFromNews($input: UnsubscribeFromNewsInput!) {
    unsubscribeFromNews(input: $input)
  }
`);

export const STAFF_NEWS_ARTICLES = graphql(`
  query StaffNewsArticles($status: NewsStatus, $page: PageInput) {
    staffNewsArticles(status: $status, page: $page) {
      nodes {
        ...StaffNewsArticleFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const STAFF_NEWS_ARTICLE = graphql(`
  query StaffNewsArticle($id: ID!) {
    staffNewsArticle(id: $id) {
      ...StaffNewsArticleFields
    }
  }
`);

export const NEWS_ARTICLE_PREVIEW = graphql(`
  query NewsArticlePreview($id: ID!, $language: String!) {
    newsArticlePreview(id: $id, language: $language) {
      ...NewsArticleFields
    }
  }
`);

export const CREATE_NEWS_ARTICLE = graphql(`
  mutation CreateNewsArticle($input: NewsArticleInput!) {
    createNewsArticle(input: $input) {
      ...StaffNewsArticleFields
    }
  }
`);

export const UPDATE_NEWS_ARTICLE = graphql(`
  mutation UpdateNewsArticle($id: ID!, $input: NewsArticleInput!) {
    updateNewsArticle(id: $id, input: $input) {
      ...StaffNewsArticleFields
    }
  }
`);

export const PUBLISH_NEWS_ARTICLE = graphql(`
  mutation PublishNewsArticle($id: ID!) {
    publishNewsArticle(id: $id) {
      ...StaffNewsArticleFields
    }
  }
`);

export const UNPUBLISH_NEWS_ARTICLE = graphql(`
  mutation UnpublishNewsArticle($id: ID!) {
    unpublishNewsArticle(id: $id) {
      ...StaffNewsArticleFields
    }
  }
`);

export const SCHEDULE_NEWS_ARTICLE = graphql(`
  mutation ScheduleNewsArticle($input: ScheduleNewsArticleInput!) {
    scheduleNewsArticle(input: $input) {
      ...StaffNewsArticleFields
    }
  }
`);

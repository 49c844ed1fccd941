import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AUTHORITATIVE_LANGUAGE } from '../../../packages/shared/src/languages.js';
import { Connection } from '../../common/pagination/connection.js';
import { encodeCursor } from '../../common/pagination/cursor.js';
import { AudienceModel } from '../audience/audience.js';
import { NewsArticle } from './news.entities.js';
import { NewsEmailMode, NewsStatus, NewsTopic } from './news-enums.js';
import { renderNewsMarkdown } from './news-markdown.js';

export type NewsField = 'title' | 'teaser' | 'body';

const GERMAN: Record<NewsField, 'titleDe' | 'teaserDe' | 'bodyDe'> = { title: 'titleDe', teaser: 'teaserDe', body: 'bodyDe' };

/** A text of the article for a reader of `language`: the translation when there is one, else German (and which it is). */
export function newsText(article: NewsArticle, field: NewsField, language: string): { text: string; language: string } {
  const german = { text: article[GERMAN[field]], language: AUTHORITATIVE_LANGUAGE };
  if (language === AUTHORITATIVE_LANGUAGE) return german;
  const translated = article.translations?.[language]?.[field] ?? '';
  return translated.trim() ? { text: translated, language } : german;
}

export function newsStatus(article: NewsArticle): NewsStatus {
  if (article.unpublishedAt) return NewsStatus.unpublished;
  if (article.publishedAt) return NewsStatus.published;
  if (article.publishAt) return NewsStatus.scheduled;
  return NewsStatus.draft;
}

export function newsImageUrl(article: NewsArticle): string | null {
  return article.imageMediaType ? `/api/participation/news/${article.id}/image?v=${article.updatedAt.getTime()}` : null;
}

@ObjectType('NewsArticle', { description: 'A news article as a reader sees it, in the reader’s language or German.' })
export class NewsArticleModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The language `title` is in: the reader’s, or German when there is no translation.' })
  titleLanguage: string;

  @Field()
  teaser: string;

  @Field()
  teaserLanguage: string;

  @Field({ description: 'The body as safe HTML (rendered from Markdown on the server).' })
  bodyHtml: string;

  @Field()
  bodyLanguage: string;

  @Field(() => NewsTopic)
  topic: NewsTopic;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  isPublic: boolean;

  @Field(() => String, { nullable: true })
  imageUrl: string | null;

  cursor: string;

  static from(article: NewsArticle, language: string): NewsArticleModel {
    const title = newsText(article, 'title', language);
    const teaser = newsText(article, 'teaser', language);
    const body = newsText(article, 'body', language);
    return Object.assign(new NewsArticleModel(), {
      id: article.id,
      title: title.text,
      titleLanguage: title.language,
      teaser: teaser.text,
      teaserLanguage: teaser.language,
      bodyHtml: renderNewsMarkdown(body.text),
      bodyLanguage: body.language,
      topic: article.topic,
      publishedAt: article.publishedAt,
      isPublic: article.isPublic,
      imageUrl: newsImageUrl(article),
      cursor: encodeCursor({ createdAt: (article.publishedAt ?? article.createdAt).toISOString(), id: article.id }),
    });
  }
}

export const NewsArticleConnection = Connection(NewsArticleModel, 'NewsArticleConnection');

@ObjectType('NewsTranslation')
export class NewsTranslationModel {
  @Field()
  language: string;

  @Field()
  title: string;

  @Field()
  teaser: string;

  @Field()
  body: string;
}

@ObjectType('StaffNewsArticle', { description: 'A news article as staff edit it: every language, the audience and its dates.' })
export class StaffNewsArticleModel {
  @Field(() => ID)
  id: string;

  @Field()
  titleDe: string;

  @Field()
  teaserDe: string;

  @Field()
  bodyDe: string;

  @Field(() => [NewsTranslationModel])
  translations: NewsTranslationModel[];

  @Field(() => NewsTopic)
  topic: NewsTopic;

  @Field(() => AudienceModel)
  audience: AudienceModel;

  @Field()
  isPublic: boolean;

  @Field(() => NewsStatus)
  status: NewsStatus;

  @Field(() => Date, { nullable: true })
  publishAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  unpublishedAt: Date | null;

  @Field(() => String, { nullable: true })
  imageUrl: string | null;

  @Field(() => Date)
  updatedAt: Date;

  cursor: string;

  static from(article: NewsArticle): StaffNewsArticleModel {
    return Object.assign(new StaffNewsArticleModel(), {
      id: article.id,
      titleDe: article.titleDe,
      teaserDe: article.teaserDe,
      bodyDe: article.bodyDe,
      translations: Object.entries(article.translations ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([language, texts]) => ({ language, ...texts })),
      topic: article.topic,
      audience: article.audience,
      isPublic: article.isPublic,
      status: newsStatus(article),
      publishAt: article.publishAt,
      publishedAt: article.publishedAt,
      unpublishedAt: article.unpublishedAt,
      imageUrl: newsImageUrl(article),
      updatedAt: article.updatedAt,
      cursor: encodeCursor({ createdAt: article.createdAt.toISOString(), id: article.id }),
    });
  }
}

export const StaffNewsArticleConnection = Connection(StaffNewsArticleModel, 'StaffNewsArticleConnection');

@ObjectType('NewsEmailPreference')
export class NewsEmailPreferenceModel {
  @Field(() => NewsTopic)
  topic: NewsTopic;

  @Field(() => NewsEmailMode)
  mode: NewsEmailMode;
}

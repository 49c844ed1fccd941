import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { LANGUAGE_CODES } from '../../../packages/shared/src/languages.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { decodeCursor } from '../../common/pagination/cursor.js';
import { isEmptyAudience, normalizeAudience, type AudienceProfile } from '../audience/audience.js';
import { AudienceService } from '../audience/audience.service.js';
import { COMMUNICATION_ROLES } from '../participation-roles.js';
import { NewsArticle, type NewsTranslation } from './news.entities.js';
import { NewsException } from './news.exception.js';
import { NEWS_TEXT_LIMITS, type NewsArticleInput } from './news.inputs.js';
import { NewsStatus } from './news-enums.js';
import { detectNewsImageType, NEWS_IMAGE_MAX_BYTES } from './news-image.js';
import { NewsMailer } from './news-mailer.service.js';

export const NEWS_PUBLISH_QUEUE = 'participation.news-publish';

/** Readers see articles that are out and not taken back. */
const VISIBLE = `a.published_at IS NOT NULL AND a.unpublished_at IS NULL`;

/** Whether the reader with this profile is in the article's audience (the SQL twin of `audienceIncludes`). */
const IN_AUDIENCE = `(
  ((a.audience->>'companies')::boolean AND :representative::boolean)
  OR ((a.audience->>'residents')::boolean AND :resident::boolean
      AND (jsonb_array_length(a.audience->'categories') = 0 OR a.audience->'categories' ?| :categories::text[])
      AND (jsonb_array_length(a.audience->'districts') = 0 OR a.audience->'districts' ? :district::text))
)`;

export interface Page {
  first: number;
  after?: string | null;
}

/**
 * City news: communication staff write, schedule, publish and unpublish articles; readers see those
 * whose audience includes them, everyone sees the public ones. Services take the actor first.
 */
@Injectable()
export class NewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audiences: AudienceService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly mailer: NewsMailer,
  ) {}

  // ---- staff ----

  private requireStaff(actor: Actor): void {
    if (!hasRole(actor, ...COMMUNICATION_ROLES)) throw DomainException.forbidden();
  }

  async create(actor: Actor, input: NewsArticleInput): Promise<NewsArticle> {
    this.requireStaff(actor);
    const values = this.validated(input);
    const repository = this.dataSource.getRepository(NewsArticle);
    return repository.save(repository.create({ ...values, createdByAccountId: actor.accountId }));
  }

  async update(actor: Actor, id: string, input: NewsArticleInput): Promise<NewsArticle> {
    this.requireStaff(actor);
    const values = this.validated(input);
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedForStaff(manager, id);
      Object.assign(article, values);
      return manager.save(article);
    });
  }

  async get(actor: Actor, id: string): Promise<NewsArticle> {
    this.requireStaff(actor);
    return this.lockedForStaff(this.dataSource.manager, id, false);
  }

  async list(actor: Actor, status: NewsStatus | null | undefined, page: Page): Promise<{ items: NewsArticle[]; hasNextPage: boolean }> {
    this.requireStaff(actor);
    const query = this.dataSource.getRepository(NewsArticle).createQueryBuilder('a');
    if (status === NewsStatus.unpublished) query.where('a.unpublished_at IS NOT NULL');
    else if (status === NewsStatus.published) query.where('a.unpublished_at IS NULL AND a.published_at IS NOT NULL');
    else if (status === NewsStatus.scheduled)
      query.where('a.unpublished_at IS NULL AND a.published_at IS NULL AND a.publish_at IS NOT NULL');
    else if (status === NewsStatus.draft) query.where('a.unpublished_at IS NULL AND a.published_at IS NULL AND a.publish_at IS NULL');
    if (page.after) {
      const cursor = decodeCursor(page.after);
      query.andWhere('(a.created_at, a.id) < (:at, :id)', { at: cursor.createdAt, id: cursor.id });
    }
    const rows = await query
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return { items: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
  }

  async schedule(actor: Actor, id: string, publishAt: Date, now = new Date()): Promise<NewsArticle> {
    this.requireStaff(actor);
    if (publishAt.getTime() <= now.getTime()) throw NewsException.publishAtInPast();
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedForStaff(manager, id);
      article.publishAt = publishAt;
      article.publishedAt = null;
      article.unpublishedAt = null;
      const saved = await manager.save(article);
      await this.jobs.enqueue(manager, NEWS_PUBLISH_QUEUE, { articleId: id }, { startAfter: publishAt });
      await this.audit.record(
        {
          action: 'participation.news.scheduled',
          actorAccountId: actor.accountId,
          subjectType: 'news_article',
          subjectId: id,
          details: { publishAt },
        },
        manager,
      );
      return saved;
    });
  }

  async publishNow(actor: Actor, id: string): Promise<NewsArticle> {
    this.requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedForStaff(manager, id);
      const now = new Date();
      article.publishAt = now;
      article.publishedAt = now;
      article.unpublishedAt = null;
      const saved = await manager.save(article);
      await this.mailer.articlePublished(manager, saved);
      await this.audit.record(
        { action: 'participation.news.published', actorAccountId: actor.accountId, subjectType: 'news_article', subjectId: id },
        manager,
      );
      return saved;
    });
  }

  async unpublish(actor: Actor, id: string): Promise<NewsArticle> {
    this.requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedForStaff(manager, id);
      if (!article.publishedAt && !article.publishAt) throw NewsException.notPublished();
      article.unpublishedAt = new Date();
      const saved = await manager.save(article);
      await this.audit.record(
        { action: 'participation.news.unpublished', actorAccountId: actor.accountId, subjectType: 'news_article', subjectId: id },
        manager,
      );
      return saved;
    });
  }

  /** Sets the article's image: JPEG, PNG or WebP by its content, at most NEWS_IMAGE_MAX_BYTES. */
  async setImage(actor: Actor, id: string, content: Buffer): Promise<NewsArticle> {
    this.requireStaff(actor);
    if (content.length > NEWS_IMAGE_MAX_BYTES) throw NewsException.imageTooLarge(NEWS_IMAGE_MAX_BYTES);
    const mediaType = await detectNewsImageType(content);
    if (!mediaType) throw NewsException.imageType();
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedForStaff(manager, id);
      await manager.update(NewsArticle, { id }, { imageMediaType: mediaType, imageContent: content });
      return (await manager.findOneBy(NewsArticle, { id: article.id }))!;
    });
  }

  /** The image of a published article, for anyone. */
  async publishedImage(id: string): Promise<{ mediaType: string; content: Buffer }> {
    if (!isUuid(id)) throw DomainException.notFound();
    const article = await this.dataSource
      .getRepository(NewsArticle)
      .createQueryBuilder('a')
      .addSelect('a.imageContent')
      .where(`a.id = :id AND ${VISIBLE} AND a.image_media_type IS NOT NULL`, { id })
      .getOne();
    if (!article?.imageContent || !article.imageMediaType) throw DomainException.notFound();
    return { mediaType: article.imageMediaType, content: article.imageContent };
  }

  /** The scheduled job: publishes the article when its time has come (a stale job for an earlier schedule does nothing). */
  async publishDue(articleId: string, now = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const article = await manager.findOne(NewsArticle, { where: { id: articleId }, lock: { mode: 'pessimistic_write' } });
      if (!article || article.publishedAt || article.unpublishedAt || !article.publishAt || article.publishAt > now) return false;
      article.publishedAt = now;
      const saved = await manager.save(article);
      await this.mailer.articlePublished(manager, saved);
      await this.audit.record(
        { action: 'participation.news.published', subjectType: 'news_article', subjectId: articleId, details: { scheduled: true } },
        manager,
      );
      return true;
    });
  }

  /** Every scheduled article whose time has come (the safety net behind the per-article jobs). */
  async publishAllDue(now = new Date()): Promise<number> {
    const due = await this.dataSource
      .getRepository(NewsArticle)
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .where('a.published_at IS NULL AND a.unpublished_at IS NULL AND a.publish_at <= :now', { now })
      .getRawMany<{ id: string }>();
    let published = 0;
    for (const { id } of due) if (await this.publishDue(id, now)) published += 1;
    return published;
  }

  private async lockedForStaff(manager: EntityManager, id: string, lock = true): Promise<NewsArticle> {
    if (!isUuid(id)) throw DomainException.notFound();
    const article = await manager.findOne(NewsArticle, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!article) throw DomainException.notFound();
    return article;
  }

  private validated(
    input: NewsArticleInput,
  ): Pick<NewsArticle, 'titleDe' | 'teaserDe' | 'bodyDe' | 'translations' | 'topic' | 'audience' | 'isPublic'> {
    const titleDe = input.titleDe.trim();
    if (!titleDe) throw NewsException.titleRequired();
    checkLength('titleDe', titleDe, NEWS_TEXT_LIMITS.title);
    checkLength('teaserDe', input.teaserDe, NEWS_TEXT_LIMITS.teaser);
    checkLength('bodyDe', input.bodyDe, NEWS_TEXT_LIMITS.body);
    if (isEmptyAudience(input.audience)) throw NewsException.emptyAudience();
    const translations: Record<string, NewsTranslation> = {};
    input.translations.forEach((translation, index) => {
      const prefix = `translations.${index}`;
      if (translation.language === 'de' || !LANGUAGE_CODES.includes(translation.language))
        throw NewsException.unknownLanguage(`${prefix}.language`);
      const title = translation.title.trim();
      const teaser = translation.teaser.trim();
      const body = translation.body.trim();
      checkLength(`${prefix}.title`, title, NEWS_TEXT_LIMITS.title);
      checkLength(`${prefix}.teaser`, teaser, NEWS_TEXT_LIMITS.teaser);
      checkLength(`${prefix}.body`, body, NEWS_TEXT_LIMITS.body);
      if (!title && (teaser || body)) throw NewsException.titleRequired(`${prefix}.title`);
      if (title) translations[translation.language] = { title, teaser, body };
    });
    return {
      titleDe,
      teaserDe: input.teaserDe.trim(),
      bodyDe: input.bodyDe.trim(),
      translations,
      topic: input.topic,
      audience: normalizeAudience(input.audience),
      isPublic: input.isPublic,
    };
  }

  // ---- readers ----

  /** Articles for a signed-in reader: public ones and those whose audience includes them, newest first. */
  async feed(actor: Actor, page: Page): Promise<{ items: NewsArticle[]; hasNextPage: boolean }> {
    const profile = await this.audiences.profileOf(actor.accountId);
    return this.readerPage(`${VISIBLE} AND (a.is_public OR ${IN_AUDIENCE})`, profileParameters(profile), page);
  }

  /** Public articles, for everyone signed out (page and Atom feed). */
  async publicFeed(page: Page): Promise<{ items: NewsArticle[]; hasNextPage: boolean }> {
    return this.readerPage(`${VISIBLE} AND a.is_public`, {}, page);
  }

  /** One article for a signed-in reader; NOT_FOUND when it is not out or not for them. */
  async article(actor: Actor, id: string): Promise<NewsArticle> {
    if (!isUuid(id)) throw DomainException.notFound();
    const profile = await this.audiences.profileOf(actor.accountId);
    const article = await this.dataSource
      .getRepository(NewsArticle)
      .createQueryBuilder('a')
      .where(`a.id = :id AND ${VISIBLE} AND (a.is_public OR ${IN_AUDIENCE})`, { id, ...profileParameters(profile) })
      .getOne();
    if (!article) throw DomainException.notFound();
    return article;
  }

  async publicArticle(id: string): Promise<NewsArticle> {
    if (!isUuid(id)) throw DomainException.notFound();
    const article = await this.dataSource.getRepository(NewsArticle).findOneBy({ id });
    if (!article || !article.isPublic || !article.publishedAt || article.unpublishedAt) throw DomainException.notFound();
    return article;
  }

  private async readerPage(
    condition: string,
    parameters: Record<string, unknown>,
    page: Page,
  ): Promise<{ items: NewsArticle[]; hasNextPage: boolean }> {
    const query = this.dataSource.getRepository(NewsArticle).createQueryBuilder('a').where(condition, parameters);
    if (page.after) {
      const cursor = decodeCursor(page.after);
      query.andWhere('(a.published_at, a.id) < (:at, :afterId)', { at: cursor.createdAt, afterId: cursor.id });
    }
    const rows = await query
      .orderBy('a.published_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return { items: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
  }
}

function checkLength(field: string, value: string, max: number): void {
  if (value.length > max) throw NewsException.tooLong(field, max);
}

function profileParameters(profile: AudienceProfile): Record<string, unknown> {
  return {
    representative: profile.companyRepresentative,
    resident: profile.resident !== null,
    categories: profile.resident?.categories ?? [],
    district: profile.resident?.district ?? '',
  };
}

import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Audience } from '../audience/audience.js';
import { NewsEmailMode, NewsTopic } from './news-enums.js';

/** An article's texts in one language other than German. */
export interface NewsTranslation {
  title: string;
  teaser: string;
  body: string;
}

/** A news article staff write. German columns are authoritative; `translations` holds the other languages. */
@Entity({ name: 'news_articles' })
@Index('IDX_news_articles_published', ['publishedAt', 'id'])
export class NewsArticle {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_news_articles' })
  id: string;

  @Column({ name: 'title_de', type: 'varchar', length: 200 })
  titleDe: string;

  @Column({ name: 'teaser_de', type: 'varchar', length: 500 })
  teaserDe: string;

  @Column({ name: 'body_de', type: 'text' })
  bodyDe: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  translations: Record<string, NewsTranslation>;

  @Column({ type: 'enum', enum: NewsTopic, enumName: 'news_topic' })
  topic: NewsTopic;

  @Column({ type: 'jsonb' })
  audience: Audience;

  @Column({ name: 'is_public', type: 'boolean', default: false })
  isPublic: boolean;

  /** When it goes (or went) out; null while a draft. */
  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  /** Set once the article is out (immediately or by the scheduled job); e-mails are queued then. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'unpublished_at', type: 'timestamptz', nullable: true })
  unpublishedAt: Date | null;

  @Column({ name: 'image_media_type', type: 'varchar', length: 40, nullable: true })
  imageMediaType: string | null;

  @Column({ name: 'image_content', type: 'bytea', nullable: true, select: false })
  imageContent?: Buffer | null;

  @Column({ name: 'created_by_account_id', type: 'uuid' })
  createdByAccountId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A reader's choice for one topic. */
@Entity({ name: 'news_email_preferences' })
export class NewsEmailPreference {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'PK_news_email_preferences' })
  accountId: string;

  @PrimaryColumn({
    name: 'topic',
    type: 'enum',
    enum: NewsTopic,
    enumName: 'news_topic',
    primaryKeyConstraintName: 'PK_news_email_preferences',
  })
  topic: NewsTopic;

  @Column({ type: 'enum', enum: NewsEmailMode, enumName: 'news_email_mode' })
  mode: NewsEmailMode;
}

/** An unsubscribe token from one e-mail, stored as its SHA-256 (the e-mail carries the token itself); each stays valid. */
@Entity({ name: 'news_unsubscribe_tokens' })
@Index('IDX_news_unsubscribe_tokens_account', ['accountId'])
export class NewsUnsubscribeToken {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64, primaryKeyConstraintName: 'PK_news_unsubscribe_tokens' })
  tokenHash: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One row per article and reader told immediately: the primary key makes the e-mail go out once. */
@Entity({ name: 'news_email_deliveries' })
export class NewsEmailDelivery {
  @PrimaryColumn({ name: 'article_id', type: 'uuid', primaryKeyConstraintName: 'PK_news_email_deliveries' })
  articleId: string;

  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'PK_news_email_deliveries' })
  accountId: string;
}

/** One row per reader and digest week (the Monday it was sent for): one digest per week. */
@Entity({ name: 'news_digest_deliveries' })
export class NewsDigestDelivery {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'PK_news_digest_deliveries' })
  accountId: string;

  @PrimaryColumn({ name: 'week', type: 'date', primaryKeyConstraintName: 'PK_news_digest_deliveries' })
  week: string;
}

/** The TypeORM entities of participation's news (collected in ../participation.entities.ts). */
export const NEWS_ENTITIES: Function[] = [NewsArticle, NewsEmailPreference, NewsUnsubscribeToken, NewsEmailDelivery, NewsDigestDelivery];

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../../common/crypto/secret-token.js';
import { contentParam, param, type MessageParam } from '../../common/i18n/message-params.js';
import { berlinToday } from '../../common/time/berlin-date.js';
import { AccountNotifications, MailPort, Recipients } from '../../notifications/index.js';
import { audienceIncludes } from '../audience/audience.js';
import { AudienceService } from '../audience/audience.service.js';
import { NewsArticle, NewsUnsubscribeToken } from './news.entities.js';
import { NewsEmailMode, NewsTopic } from './news-enums.js';
import { newsText } from './news.models.js';

/** The Monday (Berlin calendar) of the week `now` is in, `YYYY-MM-DD`: the key of one weekly digest. */
export function digestWeek(now: Date): string {
  const today = new Date(`${berlinToday(now)}T00:00:00Z`);
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  return new Date(today.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The e-mails of city news: one per article and reader who chose "immediately" for its topic (queued
 * in the publishing transaction), and the weekly digest. A unique row per (article, account) and per
 * (account, week) decides that each goes out once. Every e-mail carries an unsubscribe link whose
 * token is stored hashed.
 */
@Injectable()
export class NewsMailer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audiences: AudienceService,
    private readonly recipients: Recipients,
    private readonly mail: MailPort,
    private readonly notifications: AccountNotifications,
  ) {}

  /** Queues the article's e-mail for audience members who want its topic immediately (in the caller's transaction). */
  async articlePublished(manager: EntityManager, article: NewsArticle): Promise<number> {
    const members = await this.audiences.members(article.audience, manager);
    if (members.length === 0) return 0;
    const inserted: { account_id: string }[] = await manager.query(
      `INSERT INTO news_email_deliveries (article_id, account_id)
       SELECT $1, p.account_id FROM news_email_preferences p
        WHERE p.topic = $2 AND p.mode = 'immediately' AND p.account_id = ANY($3::uuid[])
       ON CONFLICT DO NOTHING RETURNING account_id`,
      [article.id, article.topic, members],
    );
    const accountIds = inserted.map((row) => row.account_id).sort();
    if (accountIds.length === 0) return 0;
    const contacts = await this.recipients.of(accountIds, manager);
    const link = `${this.notifications.publicUrl}/news/${article.id}`;
    let sent = 0;
    for (const accountId of accountIds) {
      const contact = contacts.get(accountId);
      if (!contact) continue;
      await this.mail.send(
        {
          to: contact.email,
          accountId,
          language: contact.language,
          template: 'participationNews.article',
          params: {
            title: articleTextParam(article, 'title'),
            teaser: articleTextParam(article, 'teaser'),
            topic: param.key(`participation:news.topics.${article.topic}`),
            link,
            unsubscribeLink: param.ltr(await this.unsubscribeLink(manager, accountId)),
          },
        },
        manager,
      );
      sent += 1;
    }
    return sent;
  }

  /** Monday 08:00 Berlin: one e-mail per reader with the past week's articles of their digest topics. */
  async sendWeeklyDigest(now = new Date()): Promise<number> {
    const week = digestWeek(now);
    const since = new Date(now.getTime() - 7 * 86_400_000);
    const articles = await this.dataSource
      .getRepository(NewsArticle)
      .createQueryBuilder('a')
      .where('a.published_at IS NOT NULL AND a.unpublished_at IS NULL AND a.published_at > :since AND a.published_at <= :now', {
        since,
        now,
      })
      .orderBy('a.published_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    if (articles.length === 0) return 0;
    const preferences: { account_id: string; topics: NewsTopic[] }[] = await this.dataSource.query(
      `SELECT account_id, array_agg(topic::text ORDER BY topic) AS topics FROM news_email_preferences
        WHERE mode = $1 AND topic = ANY($2::news_topic[]) GROUP BY account_id ORDER BY account_id`,
      [NewsEmailMode.weekly_digest, [...new Set(articles.map((article) => article.topic))]],
    );
    if (preferences.length === 0) return 0;
    const profiles = await this.audiences.profilesOf(preferences.map((row) => row.account_id));
    const contacts = await this.recipients.of(preferences.map((row) => row.account_id));
    let sent = 0;
    for (const { account_id: accountId, topics } of preferences) {
      const profile = profiles.get(accountId)!;
      const contact = contacts.get(accountId);
      const theirs = articles.filter(
        (article) => topics.includes(article.topic) && (article.isPublic || audienceIncludes(article.audience, profile)),
      );
      if (!contact || theirs.length === 0) continue;
      const queued = await this.dataSource.transaction(async (manager) => {
        const [claimed] = await manager.query(
          `INSERT INTO news_digest_deliveries (account_id, week) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING account_id`,
          [accountId, week],
        );
        if (!claimed) return false;
        await this.mail.send(
          {
            to: contact.email,
            accountId,
            language: contact.language,
            template: 'participationNews.digest',
            params: {
              count: param.number(theirs.length),
              titles: digestTitlesParam(theirs),
              link: `${this.notifications.publicUrl}/news`,
              unsubscribeLink: param.ltr(await this.unsubscribeLink(manager, accountId)),
            },
          },
          manager,
        );
        return true;
      });
      if (queued) sent += 1;
    }
    return sent;
  }

  private async unsubscribeLink(manager: EntityManager, accountId: string): Promise<string> {
    const token = newSecretToken();
    await manager.insert(NewsUnsubscribeToken, { tokenHash: hashSecretToken(token), accountId });
    return `${this.notifications.publicUrl}/news/unsubscribe?token=${encodeURIComponent(token)}`;
  }
}

/** An article's text for an e-mail written at send time, in the reader's language (German where untranslated). */
function articleTextParam(article: NewsArticle, field: 'title' | 'teaser'): MessageParam {
  return contentParam(
    newsText(article, field, 'de').text,
    Object.fromEntries(Object.keys(article.translations ?? {}).map((language) => [language, newsText(article, field, language).text])),
  );
}

/** The digest's list of titles, one line per article, for every language any of them is translated into. */
function digestTitlesParam(articles: readonly NewsArticle[]): MessageParam {
  const languages = new Set(articles.flatMap((article) => Object.keys(article.translations ?? {})));
  const lines = (language: string) => articles.map((article) => `• ${newsText(article, 'title', language).text}`).join('\n');
  return contentParam(lines('de'), Object.fromEntries([...languages].map((language) => [language, lines(language)])));
}

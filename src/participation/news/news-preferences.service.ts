import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { hashSecretToken } from '../../common/crypto/secret-token.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { NewsEmailPreference, NewsUnsubscribeToken } from './news.entities.js';
import { NewsEmailMode, NewsTopic } from './news-enums.js';

const TOPICS = Object.values(NewsTopic);

/** Which topics reach a reader by e-mail and how; unsubscribing by the token from an e-mail. */
@Injectable()
export class NewsPreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every topic with the reader's choice (off where they chose nothing). */
  async preferencesOf(actor: Actor): Promise<{ topic: NewsTopic; mode: NewsEmailMode }[]> {
    const rows = await this.dataSource.getRepository(NewsEmailPreference).findBy({ accountId: actor.accountId });
    const chosen = new Map(rows.map((row) => [row.topic, row.mode]));
    return TOPICS.map((topic) => ({ topic, mode: chosen.get(topic) ?? NewsEmailMode.off }));
  }

  async set(
    actor: Actor,
    choices: readonly { topic: NewsTopic; mode: NewsEmailMode }[],
  ): Promise<{ topic: NewsTopic; mode: NewsEmailMode }[]> {
    const distinct = [...new Map(choices.map((choice) => [choice.topic, choice])).values()];
    if (distinct.length > 0) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(NewsEmailPreference)
        .values(distinct.map(({ topic, mode }) => ({ accountId: actor.accountId, topic, mode })))
        .orUpdate(['mode'], ['account_id', 'topic'])
        .execute();
    }
    return this.preferencesOf(actor);
  }

  /** Without signing in: the token from an e-mail turns one topic (or all) off. Unknown tokens are NOT_FOUND. */
  async unsubscribe(token: string, topic?: NewsTopic | null): Promise<boolean> {
    const found = await this.dataSource.getRepository(NewsUnsubscribeToken).findOneBy({ tokenHash: hashSecretToken(token) });
    if (!found) throw DomainException.notFound();
    const topics = topic ? [topic] : TOPICS;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NewsEmailPreference)
      .values(topics.map((each) => ({ accountId: found.accountId, topic: each, mode: NewsEmailMode.off })))
      .orUpdate(['mode'], ['account_id', 'topic'])
      .execute();
    return true;
  }
}

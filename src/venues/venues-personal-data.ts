import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { CardHolderLookup } from '../cards/index.js';
import {
  affectedRows,
  emptyReport,
  PersonalData,
  type ErasureReport,
  type PersonalDataSource,
  type PersonalSubject,
  type RetentionPeriods,
} from '../common/personal-data/personal-data-source.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * Venues' personal data: the verification log entries of the person's cards (found through the
 * per-venue card pseudonym) and the person's operator memberships.
 */
@PersonalData()
@Injectable()
export class VenuesPersonalData implements PersonalDataSource {
  readonly domain = 'venues';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cards: CardHolderLookup,
  ) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const [venues, pseudonyms] = await this.pseudonymsOf(accountId, this.dataSource.manager);
    const verifications = await this.dataSource.query(
      `SELECT g.name AS venue, v.channel, v.valid, v.eligible, v.reason, v.verified_at AS "verifiedAt"
         FROM venue_verifications v JOIN venues g ON g.id = v.venue_id
        WHERE (v.venue_id, v.card_pseudonym) IN (SELECT * FROM unnest($1::uuid[], $2::text[])) ORDER BY v.verified_at`,
      [venues, pseudonyms],
    );
    const operatorOf = await this.dataSource.query(
      `SELECT g.name AS venue, o.created_at AS "since" FROM venue_operators o JOIN venues g ON g.id = o.venue_id WHERE o.account_id = $1`,
      [accountId],
    );
    return { verifications, operatorOf };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    const [venues, pseudonyms] = await this.pseudonymsOf(accountId, manager);
    report.deleted.venue_verifications = affectedRows(
      await manager.query(
        `DELETE FROM venue_verifications WHERE (venue_id, card_pseudonym) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
        [venues, pseudonyms],
      ),
    );
    report.deleted.venue_operators = affectedRows(await manager.query('DELETE FROM venue_operators WHERE account_id = $1', [accountId]));
    return report;
  }

  subjects(): Promise<PersonalSubject[]> {
    return Promise.resolve([]);
  }

  /** Verification log entries older than `verificationLogDays`. */
  async purgeExpired(now: Date, periods: RetentionPeriods): Promise<number> {
    const [, affected] = await this.dataSource.query(
      'DELETE FROM venue_verifications WHERE verified_at < $1::timestamptz - make_interval(days => $2)',
      [now, periods.verificationLogDays],
    );
    return Number(affected ?? 0);
  }

  /** (venue, pseudonym) pairs of every card of the account at every venue that logged a verification. */
  private async pseudonymsOf(accountId: string, manager: EntityManager): Promise<[string[], string[]]> {
    const cardIds = (await this.cards.cardIdsOf([accountId], manager)).get(accountId) ?? [];
    if (cardIds.length === 0) return [[], []];
    const rows: { id: string }[] = await manager.query('SELECT id FROM venues');
    const venues: string[] = [];
    const pseudonyms: string[] = [];
    for (const { id } of rows) {
      for (const cardId of cardIds) {
        venues.push(id);
        pseudonyms.push(createHmac('sha256', `${this.config.venues.pseudonymSecret}:${id}`).update(cardId).digest('base64url'));
      }
    }
    return [venues, pseudonyms];
  }
}

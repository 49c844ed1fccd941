import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MetricsRegistry, METRIC_PREFIX } from '../../common/metrics/metrics-registry.js';
import { berlinToday } from '../offer-catalog.js';

export interface VerificationLogRow {
  id: string;
  venueId: string;
  offerId: string | null;
  apiKeyId: string | null;
  channel: 'api' | 'graphql' | 'offline';
  valid: boolean;
  eligible: boolean;
  reason: string | null;
  cardPseudonym: string | null;
  categories: string[];
  presentationDigest: string | null;
  repeatedPresentation: boolean;
  verifiedAt: Date;
}

const MAX_BATCH = 1000;

/** Writes the verification log in batches, off the answer's path; flushes on shutdown. */
@Injectable()
export class VerificationLogWriter implements OnApplicationShutdown {
  private readonly logger = new Logger('VerificationLog');
  private pending: VerificationLogRow[] = [];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  private readonly verifications;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    metrics: MetricsRegistry,
  ) {
    this.verifications = metrics.counter({
      name: `${METRIC_PREFIX}card_verifications_total`,
      help: 'Card verifications by venues, by result (eligible, not_eligible, invalid) and channel (api, graphql, offline).',
      labelNames: ['result', 'channel'],
    });
  }

  append(row: VerificationLogRow): void {
    this.verifications.inc({ result: row.valid ? (row.eligible ? 'eligible' : 'not_eligible') : 'invalid', channel: row.channel });
    this.pending.push(row);
    if (this.pending.length >= MAX_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.config.venues.logFlushMs);
  }

  /** How often `digest` was verified at the venue on the (Berlin) day of `at`, before `at`: written rows and those still pending. */
  async usesOnDay(venueId: string, digest: string, at: Date): Promise<number> {
    const day = berlinToday(at);
    const pending = this.pending.filter(
      (row) =>
        row.valid &&
        row.venueId === venueId &&
        row.presentationDigest === digest &&
        row.verifiedAt < at &&
        berlinToday(row.verifiedAt) === day,
    ).length;
    const [{ count }] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM venue_verifications
        WHERE venue_id = $1 AND presentation_digest = $2 AND valid AND verified_at < $3
          AND verified_at >= (date_trunc('day', $3::timestamptz AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin')`,
      [venueId, digest, at],
    )) as { count: number }[];
    return count + pending;
  }

  /** Writes everything appended so far (tests and shutdown wait for it). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.flushing.then(() => (batch.length ? this.insert(batch) : undefined));
    return this.flushing;
  }

  private async insert(rows: VerificationLogRow[]): Promise<void> {
    const column = <K extends keyof VerificationLogRow>(key: K) => rows.map((row) => row[key]);
    try {
      await this.dataSource.query(
        `INSERT INTO venue_verifications (id, venue_id, offer_id, api_key_id, channel, valid, eligible, reason, card_pseudonym, categories, presentation_digest, repeated_presentation, verified_at)
         SELECT u.id, u.venue_id, u.offer_id, u.api_key_id, u.channel, u.valid, u.eligible, u.reason, u.card_pseudonym,
                CASE WHEN u.categories = '' THEN '{}'::text[] ELSE string_to_array(u.categories, ',') END, u.presentation_digest, u.repeated, u.verified_at
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::varchar[], $6::bool[], $7::bool[], $8::varchar[], $9::char(43)[], $10::text[], $11::char(43)[], $12::bool[], $13::timestamptz[])
             AS u(id, venue_id, offer_id, api_key_id, channel, valid, eligible, reason, card_pseudonym, categories, presentation_digest, repeated, verified_at)
         ON CONFLICT (id) DO NOTHING`,
        [
          column('id'),
          column('venueId'),
          column('offerId'),
          column('apiKeyId'),
          column('channel'),
          column('valid'),
          column('eligible'),
          column('reason'),
          column('cardPseudonym'),
          rows.map((row) => row.categories.join(',')),
          column('presentationDigest'),
          column('repeatedPresentation'),
          column('verifiedAt'),
        ],
      );
    } catch (error) {
      this.logger.error({ err: error, rows: rows.length }, 'could not write verification log');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}

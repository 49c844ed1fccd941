import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
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

/** Remember the row's presentation digest at its venue until then (`venue_presentations_seen`), and decide `repeatedPresentation` by it. */
export interface RememberPresentation {
  until: Date;
  /** How long a code is remembered: a row still valid `rememberMs` before `until` wins over a new one. */
  rememberMs: number;
}

interface Queued {
  row: VerificationLogRow;
  remember: RememberPresentation | null;
  written: (repeatedPresentation: boolean) => void;
  failed: (error: unknown) => void;
}

/**
 * Writes the verification log durably before the answer goes out, with a group commit: the rows
 * that arrive while one INSERT is running go together in the next one, so under load one
 * statement (and one WAL flush) serves many verifications, and alone a row is written at once. A
 * verification is answered only after its row committed: a crash loses no answered verification.
 * When a batch fails, its rows are written one by one, so only a bad row fails (its own request).
 *
 * A row can also ask to remember its live code at the venue (`venue_presentations_seen`, whose
 * primary key decides across processes): the same statement inserts the codes (ON CONFLICT: a code
 * still remembered wins, an expired one is taken over) and the log rows with the verdict, so a
 * verification costs no round trip of its own. The same code twice in one batch: the first in
 * arrival order is the new one.
 */
@Injectable()
export class VerificationLogWriter implements OnApplicationShutdown {
  private readonly logger = new Logger('VerificationLog');
  private queue: Queued[] = [];
  private writing?: Promise<void>;
  private readonly verifications;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    metrics: MetricsRegistry,
  ) {
    this.verifications = metrics.counter({
      name: `${METRIC_PREFIX}card_verifications_total`,
      help: 'Card verifications by venues, by result (eligible, not_eligible, invalid) and channel (api, graphql, offline).',
      labelNames: ['result', 'channel'],
    });
  }

  /**
   * Resolves once the row is committed, with its `repeatedPresentation` (decided by `remember` when
   * given, else the row's own); rejects when it could not be written.
   */
  append(row: VerificationLogRow, remember: RememberPresentation | null = null): Promise<boolean> {
    this.verifications.inc({ result: row.valid ? (row.eligible ? 'eligible' : 'not_eligible') : 'invalid', channel: row.channel });
    return new Promise<boolean>((written, failed) => {
      this.queue.push({ row, remember: row.presentationDigest === null ? null : remember, written, failed });
      this.writeNext();
    });
  }

  /** How often `digest` was verified at the venue on the (Berlin) day of `at`, before `at`: written rows and those being written. */
  async usesOnDay(venueId: string, digest: string, at: Date): Promise<number> {
    const day = berlinToday(at);
    const pending = this.queue.filter(
      ({ row }) =>
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

  /** Resolves when every row appended so far is written (or failed). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private writeNext(): void {
    if (this.writing || this.queue.length === 0) return;
    const batch = this.queue.slice(0, MAX_BATCH);
    this.queue = this.queue.slice(batch.length);
    this.writing = this.write(batch).finally(() => {
      this.writing = undefined;
      this.writeNext();
    });
  }

  private async write(batch: Queued[]): Promise<void> {
    try {
      const repeated = await this.insert(batch);
      batch.forEach((entry, index) => entry.written(repeated[index]));
      return;
    } catch (error) {
      if (batch.length === 1) {
        this.logger.error({ err: error }, 'could not write a verification log row');
        batch[0].failed(error);
        return;
      }
    }
    for (const entry of batch) {
      try {
        const [repeated] = await this.insert([entry]);
        entry.written(repeated);
      } catch (error) {
        this.logger.error({ err: error }, 'could not write a verification log row');
        entry.failed(error);
      }
    }
  }

  /** Writes the rows (and remembers their codes) in one statement; answers each row's `repeatedPresentation`. */
  private async insert(batch: Queued[]): Promise<boolean[]> {
    // The same code twice in the batch: only the first asks to be remembered, the others are repeats.
    const firsts = new Set<string>();
    const rememberUntil: (Date | null)[] = [];
    const repeated: boolean[] = [];
    for (const { row, remember } of batch) {
      const key = remember ? `${row.venueId}:${row.presentationDigest}` : '';
      const first = remember !== null && !firsts.has(key);
      if (first) firsts.add(key);
      rememberUntil.push(first ? remember.until : null);
      repeated.push(remember ? !first : row.repeatedPresentation);
    }
    const rows = batch.map((entry) => entry.row);
    const column = <K extends keyof VerificationLogRow>(key: K) => rows.map((row) => row[key]);
    const rememberMs = batch.find((entry) => entry.remember)?.remember?.rememberMs ?? 0;
    const remembered = (await this.dataSource.query(
      `WITH u AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::varchar[], $6::bool[], $7::bool[], $8::varchar[], $9::char(43)[], $10::text[], $11::char(43)[], $12::bool[], $13::timestamptz[], $14::timestamptz[])
           AS u(id, venue_id, offer_id, api_key_id, channel, valid, eligible, reason, card_pseudonym, categories, presentation_digest, repeated, verified_at, remember_until)
       ), remembered AS (
         -- A code still remembered wins the conflict (nothing returned: seen before); an expired one is taken over.
         INSERT INTO venue_presentations_seen (venue_id, digest, expires_at)
           SELECT venue_id, presentation_digest, remember_until FROM u WHERE remember_until IS NOT NULL
             -- In key order: two processes' batches lock the codes they share in the same order (no deadlock).
             ORDER BY venue_id, presentation_digest
         ON CONFLICT (venue_id, digest) DO UPDATE SET expires_at = EXCLUDED.expires_at
           WHERE venue_presentations_seen.expires_at <= EXCLUDED.expires_at - $15::int * interval '1 millisecond'
         RETURNING venue_id, digest
       ), logged AS (
         INSERT INTO venue_verifications (id, venue_id, offer_id, api_key_id, channel, valid, eligible, reason, card_pseudonym, categories, presentation_digest, repeated_presentation, verified_at)
           SELECT u.id, u.venue_id, u.offer_id, u.api_key_id, u.channel, u.valid, u.eligible, u.reason, u.card_pseudonym,
                  CASE WHEN u.categories = '' THEN '{}'::text[] ELSE string_to_array(u.categories, ',') END, u.presentation_digest,
                  CASE WHEN u.remember_until IS NULL THEN u.repeated
                       ELSE NOT EXISTS (SELECT 1 FROM remembered r WHERE r.venue_id = u.venue_id AND r.digest = u.presentation_digest) END,
                  u.verified_at
             FROM u
         ON CONFLICT (id) DO NOTHING
       )
       SELECT venue_id, digest FROM remembered`,
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
        repeated,
        column('verifiedAt'),
        rememberUntil,
        rememberMs,
      ],
    )) as { venue_id: string; digest: string }[];
    if (firsts.size === 0) return repeated;
    const fresh = new Set(remembered.map((row) => `${row.venue_id}:${row.digest}`));
    return batch.map((entry, index) =>
      rememberUntil[index] ? !fresh.has(`${entry.row.venueId}:${entry.row.presentationDigest}`) : repeated[index],
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}

import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MAX_PRESENTATION_AGE_SECONDS } from '../../../packages/shared/src/index.js';

/** A code is remembered for twice its validity (clocks of tills run a little apart). */
export const REMEMBER_MS = 2 * MAX_PRESENTATION_AGE_SECONDS * 1000;
const SWEEP_INTERVAL_MS = 60_000;

/**
 * Live codes seen per venue while they could still verify, to report the same code shown twice
 * (a screenshot passed on at the till), whichever process saw it first: in PostgreSQL, where the
 * primary key of `venue_presentations_seen` decides (INSERT … ON CONFLICT), or in Redis (SET NX)
 * when REDIS_URL is set. Never in a process's memory. In PostgreSQL the verification log's group
 * commit does the INSERT together with the log row (`rememberWithLog`, VerificationLogWriter), so a
 * verification costs one shared statement instead of a round trip of its own.
 */
@Injectable()
export class PresentationMemory implements OnApplicationShutdown {
  private readonly logger = new Logger('PresentationMemory');
  private readonly redis?: Redis;
  private lastSweep = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    if (config.redisUrl) this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  }

  /**
   * How the log writer remembers a code seen at `now` (PostgreSQL), or null when this memory decides
   * alone (Redis: call `seenBefore`). Sweeps expired codes now and then.
   */
  rememberWithLog(now: number): { until: Date; rememberMs: number } | null {
    if (this.redis) return null;
    this.sweep(now);
    return { until: new Date(now + REMEMBER_MS), rememberMs: REMEMBER_MS };
  }

  /** True when this venue saw `digest` before within its validity; remembers it otherwise. */
  async seenBefore(venueId: string, digest: string, now = Date.now()): Promise<boolean> {
    if (this.redis) {
      const set = await this.redis.set(`presentation-seen:${venueId}:${digest}`, '1', 'PX', REMEMBER_MS, 'NX');
      return set === null;
    }
    this.sweep(now);
    // A row still valid wins the conflict (nothing returned: seen before); an expired one is taken over.
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO venue_presentations_seen (venue_id, digest, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (venue_id, digest) DO UPDATE SET expires_at = EXCLUDED.expires_at
        WHERE venue_presentations_seen.expires_at <= $4
       RETURNING 1`,
      [venueId, digest, new Date(now + REMEMBER_MS), new Date(now)],
    );
    return rows.length === 0;
  }

  /** At most once a minute per process, without waiting: expired codes are deleted. */
  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    this.dataSource
      .query('DELETE FROM venue_presentations_seen WHERE expires_at < $1', [new Date(now)])
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not sweep expired presentations'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

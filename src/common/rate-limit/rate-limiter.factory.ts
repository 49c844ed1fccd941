import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { EXTRA_SHARE_DIVISOR, LeasedRateLimiter, leaseRowSql, leaseSql, type LeaseStore } from './leased-rate-limiter.js';

export interface RateLimitRule {
  /** Distinguishes the counters of one rule from another's. */
  name: string;
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
}

interface PgQueryable {
  query(query: { text: string; values?: unknown[]; name?: string }): Promise<unknown>;
}

/**
 * The pool without the library's named prepared statements, which a PgBouncer in transaction mode
 * cannot keep (the next transaction may run on another server connection: "prepared statement does
 * not exist"). The statements are small; parsing them each time costs little.
 */
function unnamedStatements(pool: PgQueryable): PgQueryable {
  return { query: (query) => pool.query({ text: query.text, values: query.values }) };
}

/** The table created by the initial migration, shared by every rule (keys carry the rule name). */
export const RATE_LIMIT_TABLE = 'rate_limits';

/**
 * Rate-limit counters in Redis when REDIS_URL is set (shared by every process), otherwise in
 * PostgreSQL (shared too, a little slower).
 */
@Injectable()
export class RateLimiterFactory implements OnApplicationShutdown {
  private redis?: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(rule: RateLimitRule): RateLimiterAbstract {
    const common = {
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.durationSeconds,
      blockDuration: rule.blockSeconds ?? 0,
    };
    if (this.config.redisUrl) {
      this.redis ??= new Redis(this.config.redisUrl, { enableOfflineQueue: false, lazyConnect: false });
      return new RateLimiterRedis({ ...common, storeClient: this.redis });
    }
    const pool = (this.dataSource.driver as unknown as { master: PgQueryable }).master;
    return new RateLimiterPostgres({
      ...common,
      storeClient: unnamedStatements(pool),
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
    });
  }

  /**
   * For a hot path (e.g. every partner verification): a limiter whose `consume` resolves or rejects
   * with a RateLimiterRes like the library's. In PostgreSQL, points are leased from the shared counter
   * (LeasedRateLimiter: one statement per lease instead of one locked row update per request, the
   * limit never exceeded across processes); with Redis, one INCR per request as before.
   */
  createShared(rule: RateLimitRule): { consume(key: string): Promise<unknown> } {
    if (this.config.redisUrl) return this.create(rule);
    return new LeasedRateLimiter(this.leaseStore(), { keyPrefix: rule.name, points: rule.points, durationSeconds: rule.durationSeconds });
  }

  private leaseStore(): LeaseStore {
    const pool = (this.dataSource.driver as unknown as { master: { query(text: string, values: unknown[]): Promise<{ rows: any[] }> } })
      .master;
    const created = new Set<string>();
    const lease = leaseSql(RATE_LIMIT_TABLE);
    const createRow = leaseRowSql(RATE_LIMIT_TABLE);
    return {
      async lease(key, need, extra, limit, durationMs, now) {
        for (let attempt = 0; attempt < 2; attempt += 1) {
          if (!created.has(key)) {
            await pool.query(createRow, [key]);
            created.add(key);
          }
          const { rows } = await pool.query(lease, [key, need, extra, limit, durationMs, now, EXTRA_SHARE_DIVISOR]);
          if (rows.length > 0) return { granted: Number(rows[0].granted), expiresAt: Number(rows[0].expire) };
          // The row was deleted meanwhile (expired counters swept): create it again.
          created.delete(key);
        }
        throw new Error(`rate limit counter ${key} could not be created`);
      },
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

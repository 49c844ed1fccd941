import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

export interface RateLimitRule {
  /** Distinguishes the counters of one rule from another's. */
  name: string;
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
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
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    return new RateLimiterPostgres({
      ...common,
      storeClient: pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClusterEvents, CLUSTER_RECONNECTED_CHANNEL } from '../../common/cluster-events/index.js';
import { VENUE_API_KEYS_CHANGED } from '../venue-cluster-channels.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { RateLimiterFactory } from '../../common/rate-limit/rate-limiter.factory.js';
import { hashApiKey, isWellFormedApiKey } from '../api-key-format.js';
import { VenuesException } from '../venues.exception.js';

export interface PartnerCaller {
  keyId: string;
  venueId: string;
}

interface CachedKey extends PartnerCaller {
  revoked: boolean;
  loadedAt: number;
  touchedAt: number;
}

const TOUCH_INTERVAL_MS = 60_000;

/**
 * Turns `Authorization: Bearer <key>` into the calling venue on the hot path: a checksum check,
 * a cached raw lookup by hash (no entity hydration), the key's rate limit, and a throttled
 * `last_used_at`. A revocation (or a venue taken out of service) applies at once in every process
 * (cluster events; PARTNER_KEY_CACHE_SECONDS bounds the lag should an event be lost). The rate-limit
 * counters are shared by every process (points leased from PostgreSQL, see LeasedRateLimiter, or Redis
 * with REDIS_URL).
 */
@Injectable()
export class PartnerKeyAuthenticator {
  private readonly logger = new Logger('PartnerKeys');
  private readonly byHash = new Map<string, CachedKey>();
  private readonly limiter: { consume(key: string): Promise<unknown> };
  /** Bumped by every forgetting, so that a look-up that raced one is not cached. */
  private generation = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    rateLimiters: RateLimiterFactory,
    private readonly cluster: ClusterEvents,
  ) {
    this.limiter = rateLimiters.createShared({ name: 'partner-api-key', points: config.venues.rateLimitPerMinute, durationSeconds: 60 });
    cluster.subscribe(VENUE_API_KEYS_CHANGED, (payload) => {
      if (typeof payload.keyId === 'string') this.drop((key) => key.keyId === payload.keyId);
      if (typeof payload.venueId === 'string') this.drop((key) => key.venueId === payload.venueId);
    });
    cluster.subscribe(CLUSTER_RECONNECTED_CHANNEL, () => this.drop(() => true));
  }

  async authenticate(authorization: string | undefined): Promise<PartnerCaller> {
    const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
    if (!match) throw VenuesException.missingApiKey();
    if (!isWellFormedApiKey(match[1])) throw VenuesException.invalidApiKey();
    const key = await this.lookup(hashApiKey(match[1]));
    if (!key || key.revoked) throw VenuesException.invalidApiKey();
    try {
      await this.limiter.consume(key.keyId);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw DomainException.rateLimited(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      throw error;
    }
    this.touch(key);
    return { keyId: key.keyId, venueId: key.venueId };
  }

  /** Forgets a revoked key in every process at once (call it after the revocation committed). */
  forget(keyId: string): void {
    this.drop((key) => key.keyId === keyId);
    this.tell({ keyId });
  }

  /** Forgets every key of a venue whose state changed (taken out of service or back), in every process. */
  forgetVenue(venueId: string): void {
    this.drop((key) => key.venueId === venueId);
    this.tell({ venueId });
  }

  private drop(matches: (key: CachedKey) => boolean): void {
    this.generation += 1;
    for (const [hash, key] of this.byHash) if (matches(key)) this.byHash.delete(hash);
  }

  private tell(payload: { keyId: string } | { venueId: string }): void {
    this.cluster
      .publish(VENUE_API_KEYS_CHANGED, payload)
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not tell the other processes'));
  }

  private async lookup(hash: string): Promise<CachedKey | undefined> {
    const cached = this.byHash.get(hash);
    if (cached && Date.now() - cached.loadedAt < this.config.venues.keyCacheSeconds * 1000) return cached;
    const generation = this.generation;
    const [row] = await this.dataSource.query(
      // A venue out of service answers like a revoked key.
      `SELECT k.id, k.venue_id, (k.revoked_at IS NOT NULL OR NOT v.active) AS revoked
       FROM venue_api_keys k JOIN venues v ON v.id = k.venue_id WHERE k.key_hash = $1`,
      [hash],
    );
    if (!row) return undefined;
    const key = { keyId: row.id, venueId: row.venue_id, revoked: row.revoked, loadedAt: Date.now(), touchedAt: cached?.touchedAt ?? 0 };
    if (generation === this.generation) this.byHash.set(hash, key);
    return key;
  }

  private touch(key: CachedKey): void {
    if (Date.now() - key.touchedAt < TOUCH_INTERVAL_MS) return;
    key.touchedAt = Date.now();
    void this.dataSource.query('UPDATE venue_api_keys SET last_used_at = now() WHERE id = $1', [key.keyId]).catch(() => undefined);
  }
}

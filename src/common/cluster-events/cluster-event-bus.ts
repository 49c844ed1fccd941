import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { DatabaseConnection } from '../../database/database-server.js';
import { DATABASE_CONNECTION } from '../../database/database.module.js';
import { AfterCommit } from './after-commit.js';
import {
  assertChannel,
  CLUSTER_RECONNECTED_CHANNEL,
  ClusterEvents,
  decodeEnvelope,
  encodeEnvelope,
  type ClusterEventListener,
  type ClusterEventPayload,
} from './cluster-events.js';
import { PostgresTransport } from './postgres-transport.js';
import { RedisTransport } from './redis-transport.js';
import type { ClusterTransport } from './transport.js';

/**
 * The cluster event bus: Redis pub/sub when REDIS_URL is set (like the rate limiter), otherwise
 * PostgreSQL LISTEN/NOTIFY on one dedicated connection (DATABASE_LISTEN_URL, else the database URL).
 * Closed before the pool (beforeApplicationShutdown runs before TypeORM's onApplicationShutdown).
 */
@Injectable()
export class ClusterEventBus extends ClusterEvents implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('ClusterEvents');
  private readonly listeners = new Map<string, Set<ClusterEventListener>>();
  private readonly transport: ClusterTransport;
  private started?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(DATABASE_CONNECTION) connection: DatabaseConnection,
    @InjectDataSource() dataSource: DataSource,
  ) {
    super();
    if (config.redisUrl) {
      const afterCommit = new AfterCommit();
      afterCommit.register(dataSource);
      this.transport = new RedisTransport(config.redisUrl, `cluster-events:${databaseName(connection.url)}`, afterCommit);
    } else {
      this.transport = new PostgresTransport(config.database.listenUrl ?? connection.url, dataSource);
    }
  }

  /** Which transport carries the events (for health and logs). */
  get mode(): 'redis' | 'postgres' {
    return this.transport instanceof RedisTransport ? 'redis' : 'postgres';
  }

  async onModuleInit(): Promise<void> {
    this.started ??= this.transport.start({
      onMessage: (text) => this.deliver(text),
      onReconnected: () => this.dispatch(CLUSTER_RECONNECTED_CHANNEL, {}),
    });
    await this.started;
  }

  /** Resolves once this process receives events (the first LISTEN/SUBSCRIBE is in place). */
  async ready(): Promise<void> {
    await this.started;
    await this.transport.ready();
  }

  async publish(channel: string, payload: ClusterEventPayload): Promise<void> {
    await this.transport.send(encodeEnvelope(channel, payload));
  }

  async publishOnCommit(manager: EntityManager, channel: string, payload: ClusterEventPayload): Promise<void> {
    await this.transport.sendInTransaction(manager, encodeEnvelope(channel, payload));
  }

  subscribe(channel: string, listener: (payload: ClusterEventPayload) => void): () => void {
    assertChannel(channel);
    const set = this.listeners.get(channel) ?? new Set<ClusterEventListener>();
    set.add(listener);
    this.listeners.set(channel, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(channel) === set) this.listeners.delete(channel);
    };
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    await this.transport.stop();
  }

  private deliver(text: string): void {
    const envelope = decodeEnvelope(text);
    if (!envelope) {
      this.logger.warn('ignored a malformed cluster event');
      return;
    }
    this.dispatch(envelope.c, envelope.p);
  }

  private dispatch(channel: string, payload: ClusterEventPayload): void {
    for (const listener of [...(this.listeners.get(channel) ?? [])]) {
      try {
        const result = listener(payload) as unknown;
        if (result instanceof Promise) {
          result.catch((error: unknown) => this.logger.error({ err: error }, `listener on ${channel} failed`));
        }
      } catch (error) {
        this.logger.error({ err: error }, `listener on ${channel} failed`);
      }
    }
  }
}

function databaseName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'default';
  } catch {
    return 'default';
  }
}

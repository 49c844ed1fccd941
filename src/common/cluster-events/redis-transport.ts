import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { EntityManager } from 'typeorm';
import type { AfterCommit } from './after-commit.js';
import type { ClusterTransport, TransportHandlers } from './transport.js';

/**
 * Redis pub/sub: one subscribing and one publishing connection (ioredis reconnects and subscribes
 * again by itself). The Redis channel is namespaced by database, so that several installations or
 * test databases on one Redis do not hear each other.
 */
export class RedisTransport implements ClusterTransport {
  private readonly logger = new Logger('ClusterEvents');
  private subscriber?: Redis;
  private publisher?: Redis;
  private subscribed?: Promise<void>;

  constructor(
    private readonly redisUrl: string,
    private readonly redisChannel: string,
    private readonly afterCommit: AfterCommit,
  ) {}

  async start(handlers: TransportHandlers): Promise<void> {
    const subscriber = new Redis(this.redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
    this.subscriber = subscriber;
    this.publisher = new Redis(this.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    let everReady = false;
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.redisChannel) handlers.onMessage(message);
    });
    subscriber.on('error', (error: unknown) => this.logger.warn({ err: error }, 'Redis subscriber error'));
    this.publisher.on('error', (error: unknown) => this.logger.warn({ err: error }, 'Redis publisher error'));
    subscriber.on('ready', () => {
      if (everReady) {
        this.logger.log('subscribed again after a lost connection');
        handlers.onReconnected();
      }
      everReady = true;
    });
    this.subscribed = subscriber.connect().then(async () => {
      await subscriber.subscribe(this.redisChannel);
    });
    await Promise.all([this.subscribed, this.publisher.connect()]);
  }

  ready(): Promise<void> {
    return this.subscribed ?? Promise.resolve();
  }

  async send(text: string): Promise<void> {
    if (!this.publisher) throw new Error('cluster events are not started');
    await this.publisher.publish(this.redisChannel, text);
  }

  async sendInTransaction(manager: EntityManager, text: string): Promise<void> {
    this.afterCommit.defer(manager, () => {
      this.send(text).catch((error: unknown) => this.logger.error({ err: error }, 'publishing after commit failed'));
    });
    return Promise.resolve();
  }

  async stop(): Promise<void> {
    await Promise.all([this.subscriber?.quit().catch(() => undefined), this.publisher?.quit().catch(() => undefined)]);
  }
}

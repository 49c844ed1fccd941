import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { ClusterTransport, TransportHandlers } from './transport.js';

/** The one PostgreSQL notification channel that carries every event channel (in an envelope). */
export const POSTGRES_NOTIFY_CHANNEL = 'bochum_cluster_events';

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

/**
 * LISTEN/NOTIFY over one dedicated connection (not from the pool, which may sit behind PgBouncer in
 * transaction mode where LISTEN does not work: DATABASE_LISTEN_URL then names a direct connection).
 * After an error it reconnects with backoff and listens again; the bus tells its listeners, since
 * notifications sent meanwhile are lost.
 */
export class PostgresTransport implements ClusterTransport {
  private readonly logger = new Logger('ClusterEvents');
  private client?: pg.Client;
  private everListened = false;
  private stopping = false;
  private attempt = 0;
  private retryTimer?: NodeJS.Timeout;
  private handlers?: TransportHandlers;
  private firstListen?: { promise: Promise<void>; resolve: () => void };

  constructor(
    private readonly listenUrl: string,
    private readonly dataSource: DataSource,
  ) {}

  async start(handlers: TransportHandlers): Promise<void> {
    this.handlers = handlers;
    let resolve!: () => void;
    this.firstListen = { promise: new Promise<void>((done) => (resolve = done)), resolve };
    await this.connect();
  }

  ready(): Promise<void> {
    return this.firstListen?.promise ?? Promise.resolve();
  }

  async send(text: string): Promise<void> {
    // Through the pool, not the listening connection: a pg client must not run two queries at once.
    await this.dataSource.query('SELECT pg_notify($1, $2)', [POSTGRES_NOTIFY_CHANNEL, text]);
  }

  async sendInTransaction(manager: EntityManager, text: string): Promise<void> {
    // PostgreSQL itself delivers a NOTIFY only when (and if) its transaction commits.
    await manager.query('SELECT pg_notify($1, $2)', [POSTGRES_NOTIFY_CHANNEL, text]);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopping) return;
    const client = new pg.Client({
      connectionString: this.listenUrl,
      application_name: 'bochum-eresidency-events',
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === POSTGRES_NOTIFY_CHANNEL && message.payload !== undefined) this.handlers?.onMessage(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${POSTGRES_NOTIFY_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) return;
    this.attempt = 0;
    if (this.everListened) {
      this.logger.log('listening again after a lost connection');
      this.handlers?.onReconnected();
    }
    this.everListened = true;
    this.firstListen?.resolve();
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (this.stopping) return;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.attempt) * (0.75 + Math.random() / 2);
    this.attempt += 1;
    this.logger.warn({ err: error }, `listening connection lost; retrying in ${Math.round(delay)} ms`);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DATABASE_CONNECTION } from '../../database/database.module.js';
import type { DatabaseConnection } from '../../database/database-server.js';

export const JOB_SCHEMA = 'pgboss';

export interface QueuedJob<T> {
  id: string;
  data: T;
  retryCount: number;
  retryLimit: number;
}

export interface QueueSettings {
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A job still active after this long is considered lost (e.g. its process was killed) and retried. */
  expireInSeconds?: number;
  /** Parallel workers for this queue in one process. */
  concurrency?: number;
}

interface Registration {
  handler: (job: QueuedJob<any>) => Promise<void>;
  settings: QueueSettings;
}

const QUEUE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Background jobs in the application's PostgreSQL (pg-boss). Jobs are enqueued in the caller's
 * transaction, so they exist exactly when the change that caused them was committed.
 * Queues are registered during module init; workers start once the application is up.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly registrations = new Map<string, Registration>();
  private readonly schedules = new Map<string, string>();
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) database: DatabaseConnection,
  ) {
    this.boss = new PgBoss({
      connectionString: database.url,
      schema: JOB_SCHEMA,
      migrate: false,
      max: 4,
      application_name: 'bochum-eresidency-jobs',
      schedule: config.jobs.workers,
      supervise: config.jobs.workers,
      maintenanceIntervalSeconds: config.jobs.maintenanceIntervalSeconds,
    });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
  }

  register<T>(queue: string, handler: (job: QueuedJob<T>) => Promise<void>, settings: QueueSettings = {}): void {
    if (this.started) throw new Error(`queue ${queue} registered after start`);
    if (!QUEUE_NAME.test(queue)) throw new Error(`invalid queue name ${queue}`);
    if (this.registrations.has(queue)) throw new Error(`queue ${queue} registered twice`);
    this.registrations.set(queue, { handler, settings });
  }

  /** Runs `handler` on a cron schedule (Europe/Berlin), once per occurrence across all processes. */
  schedule(queue: string, cron: string, handler: () => Promise<void>, settings: QueueSettings = {}): void {
    this.register(queue, handler, { retryLimit: 2, ...settings });
    this.schedules.set(queue, cron);
  }

  /** The queues registered in this process (the same in every process of one build). */
  queueNames(): string[] {
    return [...this.registrations.keys()];
  }

  /** Adds a job inside `manager`'s transaction (or at once without one). */
  async enqueue<T extends object>(
    manager: EntityManager | null,
    queue: string,
    data: T,
    options: { startAfter?: Date; singletonKey?: string } = {},
  ): Promise<void> {
    if (!this.registrations.has(queue)) throw new Error(`unknown queue ${queue}`);
    const db = manager
      ? { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) }
      : undefined;
    await this.boss.send(queue, data, { ...options, db });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    for (const [queue, { settings }] of this.registrations) {
      const options = {
        retryLimit: settings.retryLimit ?? 5,
        retryDelay: settings.retryDelaySeconds ?? 10,
        retryBackoff: settings.retryBackoff ?? true,
        expireInSeconds: settings.expireInSeconds ?? 15 * 60,
      };
      if (await this.boss.getQueue(queue)) await this.boss.updateQueue(queue, { name: queue, ...options });
      else await this.boss.createQueue(queue, { name: queue, ...options });
    }
    this.started = true;
    if (!this.config.jobs.workers) return;
    for (const [queue, cron] of this.schedules) await this.boss.schedule(queue, cron, {}, { tz: 'Europe/Berlin' });
    // A schedule an earlier version registered and this one no longer has would fill a queue nobody works.
    for (const { name } of await this.boss.getSchedules()) if (!this.schedules.has(name)) await this.boss.unschedule(name);
    for (const [queue, { handler, settings }] of this.registrations) {
      for (let worker = 0; worker < (settings.concurrency ?? 1); worker += 1) {
        await this.boss.work<any>(
          queue,
          { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: this.config.jobs.pollingIntervalSeconds },
          async ([job]) => handler({ id: job.id, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit }),
        );
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss
      .stop({ graceful: true, wait: true, timeout: 10_000 })
      .catch((error) => this.logger.warn({ err: error }, 'stopping jobs'));
  }
}

import { Controller, Get, Inject, OnApplicationShutdown, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { Redis } from 'ioredis';
import { Public } from '../common/auth/access.decorators.js';
import { FileStorage } from '../common/files/storage/file-storage.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DatabaseState } from '../database/database-state.js';

/** How long one dependency may take to answer before the process counts as not ready. */
const CHECK_TIMEOUT_MS = 1500;

/**
 * Liveness (`/health/live`: the process answers; a database outage must not get it restarted) and
 * readiness (`/health/ready`, also `/health`: database reachable and migrated, Redis when
 * configured, the file storage (folder or S3 bucket) usable), for load balancers and Kubernetes probes.
 */
@Controller('health')
@Public()
export class HealthController implements OnApplicationShutdown {
  private redis?: Redis;
  /** Set when the process is about to stop: not ready any more, while requests are still answered. */
  private draining = false;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly state: DatabaseState,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly files: FileStorage,
  ) {}

  @Get('live')
  live(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  }

  /** From now on the process answers not ready (SHUTDOWN_DRAIN_SECONDS before it stops). */
  startDraining(): void {
    this.draining = true;
  }

  @Get(['ready', ''])
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    void reply.header('cache-control', 'no-store');
    if (this.draining) {
      void reply.status(503);
      const stopping = { shutdown: { status: 'down' as const, message: 'stopping' } };
      return { status: 'error', info: {}, error: stopping, details: stopping };
    }
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
        () => this.migrations(),
        ...(this.config.redisUrl ? [() => this.redisCheck(this.config.redisUrl!)] : []),
        () => this.storage(),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }

  private migrations() {
    const check = this.indicators.check('migrations');
    return this.state.migrated ? check.up() : check.down({ message: 'migrations are running' });
  }

  private async redisCheck(url: string) {
    const check = this.indicators.check('redis');
    this.redis ??= new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      await withTimeout(this.redis.ping());
      return check.up();
    } catch (error) {
      return check.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The configured file storage: the local folder writable, or the S3 bucket reachable with our credentials. */
  private async storage() {
    const check = this.indicators.check('storage');
    try {
      await withTimeout(this.files.check());
      return check.up({ kind: this.files.kind });
    } catch {
      return check.down({
        kind: this.files.kind,
        message: this.files.kind === 's3' ? 'the S3 bucket is not reachable' : 'the file folder is not writable',
      });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref(),
    ),
  ]);
}

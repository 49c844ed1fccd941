import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../common/jobs/job-queue.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ResidencyLifecycleService } from './residency-lifecycle.service.js';

export const RESIDENCY_EXPIRY_QUEUE = 'residency.expire';

/**
 * Ends residencies whose validity has passed. Each worker process enqueues a run every
 * RESIDENCY_EXPIRY_CHECK_MINUTES; a run is idempotent and skips rows another run holds, so
 * several processes doing this at once is harmless.
 */
@Injectable()
export class ResidencyExpiryJob implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly lifecycle: ResidencyLifecycleService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      RESIDENCY_EXPIRY_QUEUE,
      async () => {
        await this.lifecycle.endExpired();
      },
      { retryLimit: 3, expireInSeconds: 600 },
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.workers) return;
    this.timer = setInterval(() => void this.enqueue(), this.config.residency.expiryCheckMinutes * 60_000);
    this.timer.unref();
    await this.enqueue();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async enqueue(): Promise<void> {
    await this.jobs.enqueue(null, RESIDENCY_EXPIRY_QUEUE, {}).catch(() => undefined);
  }
}

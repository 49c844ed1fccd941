import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue, type QueueSettings } from '../jobs/job-queue.js';

/**
 * Events between domains, delivered after commit and at least once: publishing enqueues one job per
 * subscriber in the publisher's transaction. Subscribe during module init (every process runs the
 * same subscriptions); handlers must be idempotent.
 */
@Injectable()
export class DomainEvents {
  private readonly subscribers = new Map<string, string[]>();

  constructor(private readonly jobs: JobQueue) {}

  subscribe<T>(event: string, subscriber: string, handler: (payload: T) => Promise<void>, settings?: QueueSettings): void {
    const queue = `${event}.${subscriber}`;
    this.jobs.register<T>(queue, (job) => handler(job.data), settings);
    this.subscribers.set(event, [...(this.subscribers.get(event) ?? []), queue]);
  }

  async publish<T extends object>(manager: EntityManager, event: string, payload: T): Promise<void> {
    for (const queue of this.subscribers.get(event) ?? []) await this.jobs.enqueue(manager, queue, payload);
  }
}

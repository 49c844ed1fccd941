import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue, type QueueSettings } from '../jobs/job-queue.js';
import type { DomainEvent } from './domain-event.js';

/**
 * Events between domains, delivered after commit and at least once: publishing enqueues one job per
 * subscriber in the publisher's transaction. Subscribe during module init (every process runs the
 * same subscriptions); handlers must be idempotent. Events are declared with `domainEvent` by their
 * publisher, so publisher and subscribers share one payload type.
 */
@Injectable()
export class DomainEvents {
  private readonly subscribers = new Map<string, string[]>();

  constructor(private readonly jobs: JobQueue) {}

  subscribe<T extends object>(
    event: DomainEvent<T>,
    subscriber: string,
    handler: (payload: T) => Promise<void>,
    settings?: QueueSettings,
  ): void {
    const queue = `${event.name}.${subscriber}`;
    this.jobs.register<T>(queue, (job) => handler(job.data), settings);
    this.subscribers.set(event.name, [...(this.subscribers.get(event.name) ?? []), queue]);
  }

  async publish<T extends object>(manager: EntityManager, event: DomainEvent<T>, payload: NoInfer<T>): Promise<void> {
    for (const queue of this.subscribers.get(event.name) ?? []) await this.jobs.enqueue(manager, queue, payload);
  }
}

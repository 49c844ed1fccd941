import { Global, Module } from '@nestjs/common';
import { DomainEvents } from '../events/domain-events.js';
import { JobQueue } from './job-queue.js';
import { JobQueueMetrics } from './job-queue-metrics.js';

@Global()
@Module({ providers: [JobQueue, JobQueueMetrics, DomainEvents], exports: [JobQueue, DomainEvents] })
export class JobsModule {}

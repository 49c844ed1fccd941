import { Global, Module } from '@nestjs/common';
import { DomainEvents } from '../events/domain-events.js';
import { JobQueue } from './job-queue.js';

@Global()
@Module({ providers: [JobQueue, DomainEvents], exports: [JobQueue, DomainEvents] })
export class JobsModule {}

import { Global, Module } from '@nestjs/common';
import { ClusterEventBus } from './cluster-event-bus.js';
import { ClusterEvents } from './cluster-events.js';

/** Provides ClusterEvents everywhere (needs the configuration and the database module). */
@Global()
@Module({
  providers: [ClusterEventBus, { provide: ClusterEvents, useExisting: ClusterEventBus }],
  exports: [ClusterEvents, ClusterEventBus],
})
export class ClusterEventsModule {}

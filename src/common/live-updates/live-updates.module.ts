import { Global, Module } from '@nestjs/common';
import { LiveUpdates } from './live-updates.js';

/** GraphQL subscriptions' in-process fan-out of the cluster bus (ClusterEventsModule is global). */
@Global()
@Module({ providers: [LiveUpdates], exports: [LiveUpdates] })
export class LiveUpdatesModule {}

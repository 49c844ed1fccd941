import { Inject, Injectable, Module, OnApplicationShutdown, type DynamicModule } from '@nestjs/common';
import { MetricsRegistry } from '../common/metrics/metrics-registry.js';
import { DatabasePoolMetrics } from './database-pool-metrics.js';
import { MetricsController } from './metrics.controller.js';
import { Tracing } from './tracing.js';

const TRACING = Symbol('TRACING');

/** Sends the last spans before the process ends. */
@Injectable()
class TracingShutdown implements OnApplicationShutdown {
  constructor(@Inject(TRACING) private readonly tracing: Tracing | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.tracing?.shutdown();
  }
}

/**
 * Metrics (`/metrics`, one registry per application that every domain adds its own metrics to)
 * and tracing; both are created by the bootstrap before the application, whose HTTP hooks they need.
 */
@Module({})
export class ObservabilityModule {
  static register(metrics: MetricsRegistry, tracing: Tracing | undefined): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      controllers: [MetricsController],
      providers: [
        { provide: MetricsRegistry, useValue: metrics },
        { provide: TRACING, useValue: tracing ?? null },
        TracingShutdown,
        DatabasePoolMetrics,
      ],
      exports: [MetricsRegistry],
    };
  }
}

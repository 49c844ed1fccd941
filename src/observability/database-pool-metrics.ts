import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MetricsRegistry, METRIC_PREFIX } from '../common/metrics/metrics-registry.js';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max: number };
}

/** The application's connection pool: connections in use, idle, the most allowed, and requests waiting for one. */
@Injectable()
export class DatabasePoolMetrics {
  constructor(metrics: MetricsRegistry, @InjectDataSource() dataSource: DataSource) {
    const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
    metrics.gauge({
      name: `${METRIC_PREFIX}db_pool_connections`,
      help: 'Connections of the database pool by state (in_use, idle, max).',
      labelNames: ['state'],
      collect() {
        const current = pool();
        if (!current) return;
        this.set({ state: 'in_use' }, current.totalCount - current.idleCount);
        this.set({ state: 'idle' }, current.idleCount);
        this.set({ state: 'max' }, current.options.max);
      },
    });
    metrics.gauge({
      name: `${METRIC_PREFIX}db_pool_waiting_requests`,
      help: 'Callers waiting for a free pool connection.',
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MetricsRegistry, METRIC_PREFIX } from '../metrics/metrics-registry.js';
import { JOB_SCHEMA, JobQueue } from './job-queue.js';

/** Depth and age of every job queue, read from pg-boss's table when Prometheus scrapes. */
@Injectable()
export class JobQueueMetrics {
  constructor(metrics: MetricsRegistry, jobs: JobQueue, @InjectDataSource() dataSource: DataSource) {
    // One query per scrape for both gauges.
    const collect = () => refresh();
    const depth = metrics.gauge({
      name: `${METRIC_PREFIX}job_queue_depth`,
      help: 'Jobs due and waiting for a worker, per queue.',
      labelNames: ['queue'],
      collect,
    });
    const oldest = metrics.gauge({
      name: `${METRIC_PREFIX}job_queue_oldest_seconds`,
      help: 'How long the oldest due job of a queue has waited (0 when none waits).',
      labelNames: ['queue'],
      collect,
    });
    let refreshing: Promise<void> | undefined;
    const refresh = () =>
      (refreshing ??= (async () => {
        const rows = (await dataSource.query(
          `SELECT name, count(*)::int AS due, extract(epoch FROM now() - min(created_on))::float AS oldest
             FROM ${JOB_SCHEMA}.job WHERE state < 'active' AND start_after <= now() GROUP BY name`,
        )) as { name: string; due: number; oldest: number }[];
        const byQueue = new Map(rows.map((row) => [row.name, row]));
        for (const queue of jobs.queueNames()) {
          depth.set({ queue }, byQueue.get(queue)?.due ?? 0);
          oldest.set({ queue }, byQueue.get(queue)?.oldest ?? 0);
        }
      })().finally(() => (refreshing = undefined)));
  }
}

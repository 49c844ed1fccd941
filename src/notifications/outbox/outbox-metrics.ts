import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Counter } from 'prom-client';
import type { DataSource } from 'typeorm';
import { MetricsRegistry, METRIC_PREFIX } from '../../common/metrics/metrics-registry.js';

/** The outbox as Prometheus sees it: what waits to be sent, since when, and what failed. */
@Injectable()
export class OutboxMetrics {
  /** Failed sending attempts; `final="true"` when the e-mail was given up. */
  readonly failures: Counter<'final'>;

  constructor(metrics: MetricsRegistry, @InjectDataSource() dataSource: DataSource) {
    this.failures = metrics.counter({
      name: `${METRIC_PREFIX}email_failures_total`,
      help: 'E-mail sending attempts that failed (final: given up after the last retry or a permanent refusal).',
      labelNames: ['final'],
    });
    // One query per scrape for both gauges.
    const collect = () => refresh();
    const backlog = metrics.gauge({
      name: `${METRIC_PREFIX}outbox_pending_emails`,
      help: 'E-mails in the outbox waiting to be sent.',
      collect,
    });
    const oldest = metrics.gauge({
      name: `${METRIC_PREFIX}outbox_oldest_pending_seconds`,
      help: 'Age of the oldest e-mail waiting in the outbox (0 when none waits).',
      collect,
    });
    let refreshing: Promise<void> | undefined;
    const refresh = () =>
      (refreshing ??= (async () => {
        const [row] = (await dataSource.query(
          `SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS oldest
             FROM outbox_emails WHERE status = 'pending'`,
        )) as { pending: number; oldest: number }[];
        backlog.set(row.pending);
        oldest.set(row.oldest);
      })().finally(() => (refreshing = undefined)));
  }
}

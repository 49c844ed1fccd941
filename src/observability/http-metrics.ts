import type { FastifyInstance } from 'fastify';
import { DURATION_BUCKETS, MetricsRegistry, METRIC_PREFIX } from '../common/metrics/metrics-registry.js';

/** A latency histogram of every HTTP request by method, route template and status. */
export function instrumentHttpMetrics(fastify: FastifyInstance, metrics: MetricsRegistry): void {
  const duration = metrics.histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'HTTP request latency by method, route template (the path pattern, never the raw path) and status code.',
    labelNames: ['method', 'route', 'status_code'],
    buckets: DURATION_BUCKETS,
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    duration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}

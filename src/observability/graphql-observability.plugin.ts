import type { ApolloServerPlugin } from '@apollo/server';
import { DURATION_BUCKETS, MetricsRegistry, METRIC_PREFIX } from '../common/metrics/metrics-registry.js';
import { Tracing } from './tracing.js';

/** Operation names are chosen by the caller: beyond this many distinct ones, they are counted as `other`. */
const MAX_OPERATION_NAMES = 300;

/** Latency per GraphQL operation, and the request's span named after the operation. */
export function graphqlObservabilityPlugin(metrics: MetricsRegistry): ApolloServerPlugin {
  const duration = metrics.histogram({
    name: `${METRIC_PREFIX}graphql_operation_duration_seconds`,
    help: 'GraphQL operation latency by operation name, type (query, mutation) and outcome (ok, error).',
    labelNames: ['operation', 'type', 'outcome'],
    buckets: DURATION_BUCKETS,
  });
  const knownNames = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (knownNames.has(name)) return name;
    if (knownNames.size >= MAX_OPERATION_NAMES) return 'other';
    knownNames.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ operation, operationName }) {
          if (operation) Tracing.nameOperation(operation.operation, operationName ?? 'anonymous');
        },
        async willSendResponse({ operation, operationName, response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          duration.observe(
            { operation: label(operationName), type: operation?.operation ?? 'invalid', outcome: failed ? 'error' : 'ok' },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
        },
      };
    },
  };
}

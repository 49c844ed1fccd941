import { z } from 'zod';

/** Environment variables of metrics and tracing (validated with the rest in buildConfig). */
export const observabilityEnvironment = z.object({
  /** When set, `/metrics` answers only `Authorization: Bearer <token>` (otherwise restrict it at the ingress). */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** OTLP/HTTP collector (e.g. http://otel-collector:4318); traces are exported only when set. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('bochum-eresidency'),
  /** Share of new traces that are recorded (a caller's sampled `traceparent` is always followed). */
  OTEL_TRACES_SAMPLE_RATIO: z.coerce.number().min(0).max(1).default(1),
});

export interface ObservabilityConfig {
  metricsToken?: string;
  tracing?: { otlpEndpoint: string; serviceName: string; sampleRatio: number };
}

export function observabilityConfig(env: z.infer<typeof observabilityEnvironment>): ObservabilityConfig {
  return {
    metricsToken: env.METRICS_TOKEN,
    tracing: env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? { otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME, sampleRatio: env.OTEL_TRACES_SAMPLE_RATIO }
      : undefined,
  };
}

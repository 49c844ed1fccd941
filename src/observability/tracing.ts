import type { SpanExporter } from '@opentelemetry/sdk-trace';
import type { ObservabilityConfig } from '../config/domains/observability.config.js';
import type { Tracing as TracingHandle } from './tracing-sdk.js';

/**
 * OpenTelemetry traces of one application: a server span per HTTP request (continuing the caller's
 * `traceparent`, carrying the correlation id), database spans below it, exported over OTLP/HTTP.
 * The implementation (tracing-sdk.ts) and OpenTelemetry's SDK are loaded only when tracing is
 * configured, so that a start without it does not import them.
 */
export type Tracing = TracingHandle;

let namer: ((type: string, name: string) => void) | undefined;

export const Tracing = {
  /** Tracing as configured, or undefined when no OTLP endpoint is set. `exporter` replaces the OTLP one (tests). */
  async start(config: ObservabilityConfig, exporter?: SpanExporter): Promise<Tracing | undefined> {
    if (!config.tracing) return undefined;
    const sdk = await import('./tracing-sdk.js');
    namer = sdk.nameOperation;
    return sdk.startTracing(config.tracing, exporter);
  },

  /** Names the request's span after its GraphQL operation (`query Me`); nothing without tracing. */
  nameOperation(type: string, name: string): void {
    namer?.(type, name);
  },
};

import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type SpanExporter,
} from '@opentelemetry/sdk-trace';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
} from '@opentelemetry/semantic-conventions';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import pg from 'pg';
import type { ObservabilityConfig } from '../config/domains/observability.config.js';

// Imported by tracing.ts only when tracing is configured: OpenTelemetry's modules are not loaded otherwise.

/** The span attribute that carries the request's correlation id (the `x-correlation-id` header and log field). */
export const CORRELATION_ID_ATTRIBUTE = 'correlation.id';

/** The tracing of one application (see tracing.ts). */
export interface Tracing {
  /** Opens the server span of every request before anything else runs, and closes it with the response. */
  instrument(fastify: FastifyInstance): void;
  shutdown(): Promise<void>;
}

let globalsInstalled = false;
let pgInstrumentation: PgInstrumentation | undefined;

/** Context propagation (AsyncLocalStorage) and W3C `traceparent` once per process. */
function installGlobals(): void {
  if (globalsInstalled) return;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  globalsInstalled = true;
}

/**
 * Database spans: the driver module that TypeORM is given (src/database/data-source-options.ts) is
 * patched directly, with no require hook, so it works for ES modules and under any loader. Only
 * queries inside a traced request get a span.
 */
function tracePostgres(provider: TracerProvider): void {
  if (!pgInstrumentation) {
    pgInstrumentation = new PgInstrumentation({ enabled: false, requireParentSpan: true, enhancedDatabaseReporting: false });
    for (const definition of pgInstrumentation.getModuleDefinitions()) {
      if (definition.name === 'pg') definition.patch?.(pg);
    }
  }
  pgInstrumentation.setTracerProvider(provider);
}

/**
 * OpenTelemetry traces of one application: a server span per HTTP request (continuing the caller's
 * `traceparent`, carrying the correlation id), database spans below it, exported over OTLP/HTTP.
 */
class OpenTelemetryTracing implements Tracing {
  private readonly tracer: Tracer;
  private readonly spans = new WeakMap<FastifyRequest, Span>();

  constructor(private readonly provider: TracerProvider) {
    this.tracer = provider.getTracer('bochum-eresidency');
  }

  /** Tracing with an OTLP endpoint. `exporter` replaces the OTLP one (tests). */
  static start(config: NonNullable<ObservabilityConfig['tracing']>, exporter?: SpanExporter): Tracing {
    installGlobals();
    const provider = new TracerProvider({
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
      sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.sampleRatio) }),
      spanProcessors: [
        new BatchSpanProcessor({
          exporter: exporter ?? new OTLPTraceExporter({ url: `${config.otlpEndpoint.replace(/\/$/, '')}/v1/traces` }),
          scheduledDelayMillis: 1000,
        }),
      ],
    });
    tracePostgres(provider);
    return new OpenTelemetryTracing(provider);
  }

  /** Opens the server span of every request before anything else runs, and closes it with the response. */
  instrument(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request, reply, done) => {
      const parent = propagation.extract(ROOT_CONTEXT, request.headers);
      const route = request.routeOptions.url ?? 'unknown route';
      const span = this.tracer.startSpan(
        `${request.method} ${route}`,
        {
          kind: SpanKind.SERVER,
          attributes: { [ATTR_HTTP_REQUEST_METHOD]: request.method, [ATTR_HTTP_ROUTE]: route, [CORRELATION_ID_ATTRIBUTE]: request.id },
        },
        parent,
      );
      this.spans.set(request, span);
      const active = trace.setSpan(parent, span);
      // The body arrives in stream events, which run in the socket's context unless bound to the span's.
      context.bind(active, request.raw);
      context.bind(active, reply.raw);
      context.with(active, done);
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      const span = this.spans.get(request);
      if (span) {
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, reply.statusCode);
        if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      done();
    });
  }

  async shutdown(): Promise<void> {
    await this.provider.shutdown().catch(() => undefined);
  }
}

export const startTracing = OpenTelemetryTracing.start;

/** Names the request's span after its GraphQL operation (`query Me`). */
export function nameOperation(type: string, name: string): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  span.updateName(`${type} ${name}`);
  span.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.name': name });
}

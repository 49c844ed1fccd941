import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { Logger } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { createValidationPipe } from './common/errors/validation.pipe.js';
import { edgeErrorHandlers, type EdgePresenter } from './common/errors/edge-errors.js';
import { ErrorPresenter } from './common/errors/error-presenter.js';
import { registerRequestInputGuard } from './common/errors/request-input-guard.js';
import { registerMultipartGuard } from './common/files/multipart-guard.js';
import { Translator } from './common/i18n/translator.js';
import type { DatabaseConnection } from './database/database-server.js';
import { CORRELATION_HEADER, correlationIdOf } from './common/context/correlation-id.js';
import { registerRequestContext } from './common/context/request-context.js';
import { createLogger } from './common/logging/create-logger.js';
import { serveClientApp } from './web/client-app.js';
import { registerSecurityHeaders } from './web/security-headers.js';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { partnerOpenApi31, VenuesModule } from './venues/index.js';
import { MetricsRegistry } from './common/metrics/metrics-registry.js';
import { instrumentHttpMetrics } from './observability/http-metrics.js';
import { Tracing } from './observability/tracing.js';

/** Builds the whole application (not yet listening); shared by `server.ts` and the tests. */
export async function createApp(config: AppConfig, database: DatabaseConnection): Promise<NestFastifyApplication> {
  const logger = createLogger(config);
  // Filled in once the application (and so the presenter) exists.
  const edge: { current?: EdgePresenter } = {};
  const edgeErrors = edgeErrorHandlers(() => edge.current);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: (request: IncomingMessage) => correlationIdOf(request),
    // Requests are logged once, on response, by the hook below.
    logController: new LogController({ requestIdLogLabel: 'correlationId', disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // Requests refused before they reach the application still get the project's error shape.
    frameworkErrors: edgeErrors.frameworkErrors,
    clientErrorHandler: edgeErrors.clientErrorHandler,
  });
  const fastify = adapter.getInstance();
  const metrics = new MetricsRegistry();
  const tracing = await Tracing.start(config.observability);
  // First, so that every later hook and the handler run inside the request's span.
  tracing?.instrument(fastify);
  instrumentHttpMetrics(fastify, metrics);
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header(CORRELATION_HEADER, request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/health') || request.url === '/metrics') return;
    request.log.info(
      {
        method: request.method,
        url: request.url.split('?')[0],
        statusCode: reply.statusCode,
        responseTimeMs: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, database, logger, { metrics, tracing }),
    adapter,
    {
      bufferLogs: true,
      abortOnError: false,
      // Stripe signs the exact bytes it sent; the webhook verifies `req.rawBody`.
      rawBody: true,
    },
  );
  app.useLogger(app.get(Logger));
  edge.current = { presenter: app.get(ErrorPresenter), translator: app.get(Translator) };
  registerRequestContext(fastify, edge.current.translator);
  app.useGlobalPipes(createValidationPipe());
  // Cookies are parsed only where one is read (the refresh cookie), not on every request.
  await app.register(fastifyCookie, { hook: false });
  // Evidence uploads: one file per request, no larger than the configured limit.
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.files.evidenceMaxBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024 },
  });
  // Hostile input (NUL, lone surrogates, malformed multipart) is refused as the caller's mistake.
  registerMultipartGuard(fastify);
  registerRequestInputGuard(fastify, '/graphql');
  registerSecurityHeaders(fastify, config.auth.secureCookies);
  const partnerApi = new DocumentBuilder()
    .setTitle(`${config.cityName} e-Residency partner verification API`)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Your venue API key (bo_live_…)' }, 'venue-api-key')
    .build();
  SwaggerModule.setup('api/partner/docs', app, () =>
    partnerOpenApi31(SwaggerModule.createDocument(app, partnerApi, { include: [VenuesModule] })),
  );
  await serveClientApp(app.getHttpAdapter().getInstance());
  return app;
}

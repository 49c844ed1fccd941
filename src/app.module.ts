import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { LoggerModule } from 'nestjs-pino';
import { TerminusModule } from '@nestjs/terminus';
import type { Logger as PinoLoggerInstance } from 'pino';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG, ConfigModule } from './config/config.module.js';
import { AuditModule } from './common/audit/audit.module.js';
import { FileStorageModule } from './common/files/storage/file-storage.module.js';
import { ClusterEventsModule } from './common/cluster-events/index.js';
import { LiveUpdatesModule } from './common/live-updates/index.js';
import { AccessGuard } from './common/auth/access.guard.js';
import { RequestContextModule } from './common/context/request-context.module.js';
import { ErrorPresenter } from './common/errors/error-presenter.js';
import { ErrorsModule } from './common/errors/errors.module.js';
import { HttpExceptionFilter } from './common/errors/http-exception.filter.js';
import { I18nModule } from './common/i18n/i18n.module.js';
import { JobsModule } from './common/jobs/jobs.module.js';
import { DatabaseModule } from './database/database.module.js';
import type { DatabaseConnection } from './database/database-server.js';
import { DemoSeedModule } from './database/seed/demo-seed.module.js';
import { ALL_ENTITIES } from './database/entities.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthController } from './health/health.controller.js';
import { MetricsRegistry } from './common/metrics/metrics-registry.js';
import { ObservabilityModule } from './observability/observability.module.js';
import type { Tracing } from './observability/tracing.js';
import { domainModules } from './domains.js';
import { KioskModule } from './kiosk/index.js';
import { Terminals } from './common/terminals/index.js';

@Module({})
export class AppModule {
  static register(
    config: AppConfig,
    database: DatabaseConnection,
    logger: PinoLoggerInstance,
    observability: { metrics: MetricsRegistry; tracing?: Tracing },
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // Fastify owns the request logger (see bootstrap); nestjs-pino binds it per request.
        LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true }),
        ObservabilityModule.register(observability.metrics, observability.tracing),
        I18nModule,
        RequestContextModule,
        DatabaseModule.register(config, database, ALL_ENTITIES),
        ClusterEventsModule,
        LiveUpdatesModule,
        ErrorsModule,
        AuditModule,
        FileStorageModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          // The kiosk's Terminals port: a terminal's own socket (call staff without an account).
          imports: [ErrorsModule, KioskModule],
          inject: [APP_CONFIG, ErrorPresenter, MetricsRegistry, Terminals],
          useFactory: graphqlOptions,
        }),
        JobsModule,
        TerminusModule.forRoot({ logger: false }),
        ...domainModules(config),
        DemoSeedModule.register(config.seedDemoData),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}

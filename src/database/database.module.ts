import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import type { DatabaseConnection } from './database-server.js';
import { ConnectionDiscipline } from './connection-discipline.js';
import { DatabaseState } from './database-state.js';
import { LocalQueue } from './local-queue.js';
import { MigrationService } from './migration.service.js';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

@Global()
@Module({})
export class DatabaseModule {
  static register(config: AppConfig, connection: DatabaseConnection, entities: readonly Function[]): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(
            connection.url,
            config.database.poolSize,
            entities,
            config.database.timeouts,
            config.database.preparedStatements,
          ),
          retryAttempts: 3,
        }),
      ],
      providers: [
        DatabaseState,
        MigrationService,
        ConnectionDiscipline,
        LocalQueue,
        { provide: DATABASE_CONNECTION, useValue: connection },
      ],
      exports: [DatabaseState, LocalQueue, DATABASE_CONNECTION],
    };
  }
}

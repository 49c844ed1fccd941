import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import type { DatabaseConnection } from './database-server.js';
import { DatabaseState } from './database-state.js';
import { MigrationService } from './migration.service.js';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

@Global()
@Module({})
export class DatabaseModule {
  static register(config: AppConfig, connection: DatabaseConnection): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(connection.url, config.database.poolSize), retryAttempts: 3 })],
      providers: [DatabaseState, MigrationService, { provide: DATABASE_CONNECTION, useValue: connection }],
      exports: [DatabaseState, DATABASE_CONNECTION],
    };
  }
}

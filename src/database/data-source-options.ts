import type { DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entities.js';
import { ALL_MIGRATIONS } from '../../migrations/index.js';

export const MIGRATIONS_TABLE = 'schema_migrations';

export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: poolSize, application_name: 'bochum-eresidency' },
  };
}

import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseTimeouts } from '../config/app-config.js';
import { ALL_MIGRATIONS } from '../../migrations/index.js';
import { PreparingClient } from './preparing-client.js';

export const MIGRATIONS_TABLE = 'schema_migrations';

/** The defaults of DB_POOL_ACQUIRE_TIMEOUT_MS, DB_LOCK_TIMEOUT_MS, … for tools that run without the application's configuration. */
export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  poolAcquireMs: 5_000,
  lockMs: 5_000,
  statementMs: 30_000,
  idleInTransactionMs: 60_000,
};

/**
 * Every connection of the pool starts with `lock_timeout`, `statement_timeout` and
 * `idle_in_transaction_session_timeout` set (startup parameters), and taking a connection from the
 * pool waits at most `poolAcquireMs`: whatever queues on the database ends in an error for its
 * caller (src/database/database-busy.ts), never in a server that stops answering.
 * The entities come from the composition point (src/database/entities.ts) through the caller, so
 * that this module, which every domain reaches through the jobs and the database module, imports no domain.
 * With `preparedStatements` (the application's pool, DB_PREPARED_STATEMENTS), the connections prepare
 * the statements they run often (PreparingClient); the command-line tools, which run migrations, do not.
 */
export function dataSourceOptions(
  url: string,
  poolSize: number,
  entities: readonly Function[],
  timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS,
  preparedStatements = false,
): DataSourceOptions {
  return {
    type: 'postgres',
    // This very module, so that tracing (src/observability/tracing.ts) patches the driver in use.
    driver: pg,
    url,
    entities: [...entities],
    migrations: ALL_MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: {
      max: poolSize,
      ...(preparedStatements ? { Client: PreparingClient } : {}),
      application_name: 'bochum-eresidency',
      connectionTimeoutMillis: timeouts.poolAcquireMs,
      lock_timeout: timeouts.lockMs,
      statement_timeout: timeouts.statementMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    },
  };
}

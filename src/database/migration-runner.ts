import { MigrationExecutor, type DataSource } from 'typeorm';

/** Arbitrary but fixed key: every process of this application serialises its migrations on it. */
const MIGRATION_LOCK_KEY = 727_060_001;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that several processes
 * starting at once apply each migration exactly once. The migrations run on the connection that
 * holds the lock (never waiting for a second one), without the pool's lock and statement timeouts:
 * another process may migrate for a while, and a migration may rewrite a large table.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET lock_timeout = 0');
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    // Back to the connection's startup values before it returns to the pool.
    await runner.query('RESET lock_timeout').catch(() => undefined);
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}

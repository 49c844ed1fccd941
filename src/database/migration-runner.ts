import type { DataSource } from 'typeorm';

/** Arbitrary but fixed key: every process of this application serialises its migrations on it. */
const MIGRATION_LOCK_KEY = 727_060_001;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that several processes
 * starting at once apply each migration exactly once.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

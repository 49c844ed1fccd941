import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.ts'; // loaded outside Jest's ESM runtime, hence .ts

/**
 * One PostgreSQL server for the whole run: TEST_DATABASE_URL when given (any server, e.g. the
 * machine's PostgreSQL 15), else an embedded one. Each test file creates its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const server = await startEmbeddedPostgres(
    path.resolve('.data/postgres-test'),
    'embedded-postgres-test',
    (message) => console.log(`[test db] ${message}`),
  );
  process.env.TEST_DATABASE_URL = server.adminUrl;
  (globalThis as { __testDatabaseServer?: typeof server }).__testDatabaseServer = server;
}

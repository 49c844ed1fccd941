import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres, withDatabase } from '../../src/database/embedded-postgres.ts'; // loaded outside Jest's ESM runtime, hence .ts

/**
 * One PostgreSQL server for the whole run: TEST_DATABASE_URL when given (any server, e.g. the
 * machine's PostgreSQL 15), else an embedded one. On it, one database migrated once for the run
 * (TEST_TEMPLATE_DATABASE), which each test file copies (`CREATE DATABASE … TEMPLATE`) instead of
 * running every migration again.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL) {
    // TEST_EMBEDDED_DIR: a data folder of its own, e.g. for a run beside another one in the same checkout (a run
    // that finds the server of a live run in the folder uses it, and that run stops it when it ends).
    const dataDir = path.resolve(process.env.TEST_EMBEDDED_DIR ?? '.data/postgres-test');
    const server = await startEmbeddedPostgres(dataDir, 'embedded-postgres-test', (message) => console.log(`[test db] ${message}`));
    process.env.TEST_DATABASE_URL = server.adminUrl;
    (globalThis as { __testDatabaseServer?: typeof server }).__testDatabaseServer = server;
  }
  // Names this run's test databases (test/support/test-app.ts), so the teardown drops what it left, and only that.
  process.env.TEST_RUN_ID = randomBytes(6).toString('hex');
  process.env.TEST_TEMPLATE_DATABASE = await createMigratedTemplate(process.env.TEST_DATABASE_URL);
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * The built tool when the build is newer than every source file it comes from (CI builds before
 * the tests): 4 CPU-seconds instead of 8.5 for compiling the sources on the fly through @swc-node.
 */
function migrationTool(): string[] {
  const built = 'dist/src/database/cli.js';
  if (existsSync(built) && statSync(built).mtimeMs > newestMtime(['src', 'migrations', 'packages/shared/src'])) return [built, 'run'];
  return ['--import', '@swc-node/register/esm-register', 'src/database/cli.ts', 'run'];
}

function newestMtime(paths: string[]): number {
  return Math.max(
    0,
    ...paths.map((entry) => {
      const stat = statSync(entry, { throwIfNoEntry: false });
      if (!stat?.isDirectory()) return stat?.mtimeMs ?? 0;
      return Math.max(stat.mtimeMs, newestMtime(readdirSync(entry).map((name) => path.join(entry, name))));
    }),
  );
}

/**
 * Runs the migrations with the project's own tool (`src/database/cli.ts run`: built, or through
 * @swc-node since this file runs outside Jest's transform), then closes the database to connections: a
 * template must have none while it is copied.
 */
async function createMigratedTemplate(adminUrl: string): Promise<string> {
  const name = `test_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  try {
    await promisify(execFile)(process.execPath, migrationTool(), {
      env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'test', DATABASE_URL: withDatabase(adminUrl, name), LOG_LEVEL: 'error' },
    });
  } catch (error) {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`Migrating the template database failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
  await adminQuery(adminUrl, `ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
  return name;
}

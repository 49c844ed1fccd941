import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../../src/bootstrap.js';
import { buildConfig, type AppConfig } from '../../src/config/app-config.js';
import { withDatabase } from '../../src/database/embedded-postgres.js';
import { DevMailbox } from '../../src/notifications/mail/dev-mailbox.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: NestFastifyApplication['getHttpServer'] extends () => infer S ? S : never;
  config: AppConfig;
  mailbox: DevMailbox;
  databaseUrl: string;
  /** Runs SQL against the test database directly (for arranging and asserting). */
  sql<T extends Record<string, unknown> = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the e2e tests through jest (global setup).');
  return url;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Some pools (pg-boss's) finish closing a moment after the application says it has stopped;
 * dropping the database under them would surface as an unhandled error in the test run.
 */
async function waitForConnectionsToClose(databaseName: string, timeoutMs = 10_000): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [databaseName]);
      if (rows[0].n === 0 || Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

/**
 * With TEST_TIMINGS_FILE set, every start and close of a test application appends one JSON line
 * there (the test file, the phase, wall and CPU milliseconds of this process): where the time of a
 * run goes, per file, also when the files run in groups (the file is named from the caller's stack).
 */
async function timed<T>(caller: string, phase: string, work: () => Promise<T>): Promise<T> {
  const file = process.env.TEST_TIMINGS_FILE;
  if (!file) return work();
  const began = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await work();
  } finally {
    const used = process.cpuUsage(cpu);
    const line = {
      file: caller,
      phase,
      wallMs: Math.round(performance.now() - began),
      cpuMs: Math.round((used.user + used.system) / 1000),
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}

/** The test file (below test/) that called, from the stack: also right when files run in groups. */
function callingTestFile(): string {
  return /\/test\/((?:browser\/)?[^/]+\.(?:e2e|browser)-spec\.ts)/.exec(new Error().stack ?? '')?.[1] ?? 'unknown';
}

/**
 * The name prefix of the databases this run's test applications make: `test_<run>_` (global setup
 * names the run), so that the global teardown can drop what the run left, and only that.
 */
export function testDatabasePrefix(): string {
  return process.env.TEST_RUN_ID ? `test_${process.env.TEST_RUN_ID}_` : 'test_';
}

export interface TestAppOptions {
  /** Start from an empty database and let the application run every migration itself. */
  runMigrations?: boolean;
  /** A database already prepared (e.g. restored from a backup) on the test server, used as it is and dropped on close. */
  existingDatabase?: string;
}

/**
 * A fresh database and a fully booted application for one test file. The database is a copy of
 * the run's migrated template (test/support/global-setup.ts), unless `runMigrations` asks for an
 * empty one that the application migrates at start-up.
 */
export async function createTestApp(environment: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const caller = callingTestFile();
  const databaseName = options.existingDatabase ?? `${testDatabasePrefix()}${randomBytes(6).toString('hex')}`;
  const template = options.runMigrations || options.existingDatabase ? undefined : process.env.TEST_TEMPLATE_DATABASE;
  if (!options.existingDatabase) {
    await timed(caller, 'database', () => adminQuery(`CREATE DATABASE "${databaseName}"${template ? ` TEMPLATE "${template}"` : ''}`));
  }
  const databaseUrl = withDatabase(adminUrl(), databaseName);
  const config = buildConfig({
    NODE_ENV: 'test',
    ...(template || options.existingDatabase ? { DB_SKIP_MIGRATIONS: '1' } : {}),
    DATABASE_URL: databaseUrl,
    DB_POOL_SIZE: '5',
    LOG_LEVEL: 'error',
    SEED_DEMO_DATA: '0',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bo-test-')),
    PASSWORD_HASH_CONCURRENCY: '2',
    // argon2id at OWASP's cost (19 MiB, two passes) is ~50 ms of CPU per sign-in; the tests make thousands.
    ...(environment.NODE_ENV && environment.NODE_ENV !== 'test' ? {} : { PASSWORD_HASH_PROFILE: 'fast-test-only' }),
    // Every test registers its accounts from the loopback address: the per-IP e-mail limit would stop a file after 30.
    EMAIL_REQUESTS_PER_IP_PER_HOUR: '100000',
    ...environment,
  });
  const app = await timed(caller, options.runMigrations ? 'start with migrations' : 'start', async () => {
    const started = await createApp(config, { url: databaseUrl, embedded: false, stop: async () => undefined });
    await started.init();
    await started.getHttpAdapter().getInstance().ready();
    return started;
  });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    app,
    http: app.getHttpServer(),
    config,
    mailbox: app.get(DevMailbox),
    databaseUrl,
    sql: async (text, values) => (await pool.query(text, values)).rows,
    close: () =>
      timed(caller, 'close', async () => {
        await timed(caller, 'close: application', () => app.close());
        await pool.end();
        await timed(caller, 'close: connections', () => waitForConnectionsToClose(databaseName));
        const dropping = adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
        // A database this run made is dropped while the next file starts (PostgreSQL 15 takes 1.5–5 s
        // of checkpoint for it on a busy machine); what is left when the run ends, the global teardown drops.
        if (options.existingDatabase) await dropping;
        else dropping.catch(() => undefined);
      }),
  };
}

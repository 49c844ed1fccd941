import getPort from 'get-port';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { ensureDatabaseExists, startEmbeddedPostgres, withDatabase } from '../../src/database/embedded-postgres.js';
import { ROOT, startNode, stop, waitForHealthy } from './processes.js';

export interface BenchApp {
  baseUrl: string;
  databaseUrl: string;
  dataDir: string;
  pid: number;
  /** Stops the app and its PostgreSQL and removes the data directory. */
  stop(): Promise<void>;
}

/** A fresh data directory inside the checkout (`.data/` is ignored by git): nothing outside it is read or written. */
export function benchDataDir(name: string): string {
  mkdirSync(path.join(ROOT, '.data'), { recursive: true });
  return mkdtempSync(path.join(ROOT, '.data', `bench-${name}-`));
}

/**
 * The built app in a child process, in bench mode: NODE_ENV=development with the local sandboxes
 * (eID, bank, PKI, mail capture) and without demo data, so a fresh clone needs no configuration;
 * logging as in production (JSON at `info`, one line per request), against an embedded PostgreSQL
 * under `dataDir` that the bench runs itself.
 */
export async function startBenchApp(name: string, environment: Record<string, string> = {}): Promise<BenchApp> {
  const dataDir = benchDataDir(name);
  const database = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), 'embedded-postgres-local', () => undefined);
  await ensureDatabaseExists(database.adminUrl, 'bochum_eresidency');
  const databaseUrl = withDatabase(database.adminUrl, 'bochum_eresidency');
  const port = await getPort({ host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = startNode(path.join(ROOT, 'dist/src/main.js'), {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    NODE_ENV: 'development',
    SEED_DEMO_DATA: '0',
    LOG_LEVEL: 'info',
    LOG_PRETTY: '0',
    // BENCH_PROFILE_DIR=<dir>: a V8 CPU profile of the app (written when it stops), for `node --cpu-prof` analysis.
    ...(process.env.BENCH_PROFILE_DIR ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}` } : {}),
    ...environment,
  });
  const stopAll = async () => {
    await stop(app);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // A first start imports the WZ catalogue and migrates a new database: minutes on a loaded machine.
    await waitForHealthy(`${baseUrl}/health`, 240_000);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { baseUrl, databaseUrl, dataDir, pid: app.pid!, stop: stopAll };
}

export async function gql(baseUrl: string, query: string, variables: object = {}, token?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export const BENCH_PASSWORD = 'Benchmark-Passphrase-Ruhr-2026';

/** Registers, marks verified, sets roles, signs in: the token carries the roles. */
export async function benchAccount(baseUrl: string, sql: pg.Client, roles: string[] = []) {
  const email = `bench.${randomBytes(6).toString('hex')}@example.org`;
  await gql(baseUrl, 'mutation($i: RegisterInput!) { register(input: $i) { email } }', {
    i: { email, password: BENCH_PASSWORD, preferredLanguage: 'de' },
  });
  const [{ id }] = (
    await sql.query('UPDATE accounts SET email_verified_at = now(), roles = $2::account_role[] WHERE email = $1 RETURNING id', [
      email,
      roles,
    ])
  ).rows;
  const { login } = await gql(baseUrl, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { email, password: BENCH_PASSWORD },
  });
  return { id: String(id), email, token: login.accessToken as string };
}

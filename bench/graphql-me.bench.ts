/**
 * GraphQL `me` (authenticated: token check + one database read) against a minimal NestJS 12 +
 * Fastify + Apollo code-first `hello` server (issue 19: ≥ 0.5 of it) and a bare Node HTTP server,
 * plus the app's unauthenticated `{ __typename }`; alternating rounds, the load generator in its own
 * process. Then start to healthy from the outside (a new data directory, and again with it existing)
 * and memory. Run: `npm run bench:graphql` (builds first). Prints figures; asserts nothing.
 */
import getPort from 'get-port';
import path from 'node:path';
import pg from 'pg';
import { alternate } from './support/rounds.js';
import { benchDataDir, gql, startBenchApp } from './support/bench-app.js';
import { runIfMain } from './support/main.js';
import { residentMemoryMb, ROOT, startNode, stop, waitForHealthy, waitForPort } from './support/processes.js';
import { rmSync } from 'node:fs';

const CONNECTIONS = 50;
const JSON_HEADERS = { 'content-type': 'application/json' };

/** Process start to healthy, measured from the outside: the app starts its own embedded PostgreSQL in `dataDir`. */
async function startToHealthy(dataDir: string) {
  const port = await getPort({ host: '127.0.0.1' });
  const started = performance.now();
  const app = startNode(path.join(ROOT, 'dist/src/main.js'), {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    NODE_ENV: 'development',
    SEED_DEMO_DATA: '0',
    LOG_LEVEL: 'warn',
    LOG_PRETTY: '0',
  });
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/health`, 120_000);
    const ms = Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return { ms, idleMemoryMb: residentMemoryMb(app.pid!) };
  } finally {
    await stop(app);
  }
}

export async function run() {
  const dataDir = benchDataDir('start');
  let fresh, existing;
  try {
    fresh = await startToHealthy(dataDir);
    existing = await startToHealthy(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(
    `start to healthy: ${(fresh.ms / 1000).toFixed(1)} s with a new data directory (initdb, migrations), ${(existing.ms / 1000).toFixed(1)} s with it existing (goal < 3 s); idle RSS ${existing.idleMemoryMb} MB`,
  );

  const [barePort, helloPort] = [await getPort({ host: '127.0.0.1' }), await getPort({ host: '127.0.0.1' })];
  const bare = startNode(path.join(ROOT, 'dist/bench/support/bare-server.js'), { PORT: String(barePort) });
  const hello = startNode(path.join(ROOT, 'dist/bench/support/nest-hello-server.js'), { PORT: String(helloPort) });
  const app = await startBenchApp('graphql');
  try {
    await waitForPort(barePort);
    await waitForPort(helloPort);
    const email = `bench.${Date.now()}@example.org`;
    const password = 'Benchmark-Passphrase-Ruhr-2026';
    await gql(app.baseUrl, 'mutation($i: RegisterInput!) { register(input: $i) { email } }', {
      i: { email, password, preferredLanguage: 'de' },
    });
    const sql = new pg.Client({ connectionString: app.databaseUrl });
    await sql.connect();
    await sql.query('UPDATE accounts SET email_verified_at = now() WHERE email = $1', [email]);
    await sql.end();
    const { login } = await gql(app.baseUrl, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password } });

    const comparison = await alternate({
      title: 'graphql',
      connections: CONNECTIONS,
      targets: [
        {
          name: 'app me (auth)',
          url: `${app.baseUrl}/graphql`,
          headers: { ...JSON_HEADERS, authorization: `Bearer ${login.accessToken}` },
          body: JSON.stringify({ query: '{ me { id email preferredLanguage } }' }),
        },
        {
          name: 'app { __typename }',
          url: `${app.baseUrl}/graphql`,
          headers: JSON_HEADERS,
          body: JSON.stringify({ query: '{ __typename }' }),
        },
        {
          name: 'nest+fastify+apollo hello',
          url: `http://127.0.0.1:${helloPort}/graphql`,
          headers: JSON_HEADERS,
          body: JSON.stringify({ query: '{ hello }' }),
        },
        {
          name: 'bare node:http',
          url: `http://127.0.0.1:${barePort}/`,
          headers: JSON_HEADERS,
          body: JSON.stringify({ query: '{ me { id email preferredLanguage } }' }),
        },
      ],
      ratios: [
        { subject: 'app me (auth)', baseline: 'nest+fastify+apollo hello', goal: 0.5 },
        { subject: 'app { __typename }', baseline: 'nest+fastify+apollo hello' },
        { subject: 'nest+fastify+apollo hello', baseline: 'bare node:http' },
        { subject: 'app me (auth)', baseline: 'bare node:http' },
      ],
    });
    const loadedMemoryMb = residentMemoryMb(app.pid);
    console.log(`  app RSS after load ${loadedMemoryMb} MB`);
    return {
      ...comparison,
      start: { newDataDirMs: fresh.ms, existingDataDirMs: existing.ms, goalMs: 3000 },
      memory: { idleMb: existing.idleMemoryMb, afterLoadMb: loadedMemoryMb },
    };
  } finally {
    await stop(bare);
    await stop(hello);
    await app.stop();
  }
}

runIfMain(import.meta.url, run);

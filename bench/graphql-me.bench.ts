/**
 * GraphQL `me` (authenticated) against a bare Node HTTP server in the same run (ARCHITECTURE §10:
 * ≥ 15 % of the bare server's throughput), plus cold start to healthy and idle memory
 * (targets: < 15 s with embedded PostgreSQL, migrations and seed; < 300 MB).
 * Run: `npm run bench:graphql` (builds first). Prints figures; asserts nothing.
 */
import autocannon from 'autocannon';
import getPort from 'get-port';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import pg from 'pg';
import path from 'node:path';
import { startProductionApp } from './support/production-app.js';
import { residentMemoryMb, ROOT, startNode, stop, waitForHealthy } from './support/processes.js';

const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ME = JSON.stringify({ query: '{ me { id email preferredLanguage } }' });

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, method: 'POST', connections: CONNECTIONS, duration: DURATION_SECONDS, headers, body: ME });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99 };
}

async function gql(baseUrl: string, query: string, variables: object = {}, token?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function coldStart(dataDir: string) {
  const port = await getPort({ host: '127.0.0.1' });
  const app = startNode(path.join(ROOT, 'dist/src/main.js'), {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    LOG_PRETTY: '0',
    NODE_ENV: 'development',
  });
  try {
    const coldStartMs = await waitForHealthy(`http://127.0.0.1:${port}/health`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return { coldStartMs, idleMemoryMb: residentMemoryMb(app.pid!) };
  } finally {
    await stop(app);
  }
}

async function main() {
  const barePort = await getPort({ host: '127.0.0.1' });
  const bare = startNode(path.join(ROOT, 'dist/bench/support/bare-server.js'), { PORT: String(barePort) });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const baseline = await load(`http://127.0.0.1:${barePort}/`, { 'content-type': 'application/json' });
  await stop(bare);

  mkdirSync(path.join(ROOT, '.data'), { recursive: true });
  const dataDir = mkdtempSync(path.join(ROOT, '.data', 'bench-'));
  const { coldStartMs, idleMemoryMb } = await coldStart(dataDir);

  // Throughput in production mode (as deployed) against the same embedded server, run by the bench.
  const app = await startProductionApp(dataDir);
  const { baseUrl, databaseUrl } = app;
  try {
    const email = `bench.${Date.now()}@example.org`;
    const password = 'Benchmark-Passphrase-Ruhr-2026';
    await gql(baseUrl, 'mutation($i: RegisterInput!) { register(input: $i) { email } }', {
      i: { email, password, preferredLanguage: 'de' },
    });
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    await sql.query('UPDATE accounts SET email_verified_at = now() WHERE email = $1', [email]);
    await sql.end();
    const { login } = await gql(baseUrl, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password } });

    const graphql = await load(`${baseUrl}/graphql`, { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` });
    const loadedMemoryMb = residentMemoryMb(app.pid);

    console.log(
      `bare node http         ${baseline.requestsPerSecond} req/s  p99 ${baseline.p99Ms} ms  (${CONNECTIONS} connections, ${DURATION_SECONDS} s)`,
    );
    console.log(
      `graphql me (auth)      ${graphql.requestsPerSecond} req/s  p99 ${graphql.p99Ms} ms  = ${((100 * graphql.requestsPerSecond) / baseline.requestsPerSecond).toFixed(1)} % of bare (target ≥ 15 %)`,
    );
    console.log(
      `cold start to healthy  ${(coldStartMs / 1000).toFixed(1)} s with a new embedded PostgreSQL (initdb), migrations and seed (target < 15 s)`,
    );
    console.log(`memory (RSS)           ${idleMemoryMb} MB idle after start, ${loadedMemoryMb} MB after load (target idle < 300 MB)`);
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

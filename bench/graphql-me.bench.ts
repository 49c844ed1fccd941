/**
 * GraphQL `me` (authenticated: token check + one database read) against a minimal NestJS 12 +
 * Fastify + Apollo code-first `hello` server (issue 19: ≥ 0.5 of it) and a bare Node HTTP server,
 * plus the app's unauthenticated `{ __typename }`; alternating rounds, the load generator in its own
 * process; memory after the load (start to healthy: bench/start.bench.ts). Run: `npm run bench:graphql` (builds first). Prints figures; asserts nothing.
 */
import getPort from 'get-port';
import path from 'node:path';
import pg from 'pg';
import { alternate } from './support/rounds.js';
import { benchAccount, startBenchApp } from './support/bench-app.js';
import { runIfMain } from './support/main.js';
import { residentMemoryMb, ROOT, startNode, stop, waitForPort } from './support/processes.js';

const CONNECTIONS = 50;
const JSON_HEADERS = { 'content-type': 'application/json' };

export async function run() {
  const [barePort, helloPort] = [await getPort({ host: '127.0.0.1' }), await getPort({ host: '127.0.0.1' })];
  const bare = startNode(path.join(ROOT, 'dist/bench/support/bare-server.js'), { PORT: String(barePort) });
  const hello = startNode(path.join(ROOT, 'dist/bench/support/nest-hello-server.js'), { PORT: String(helloPort) });
  const app = await startBenchApp('graphql');
  try {
    await waitForPort(barePort);
    await waitForPort(helloPort);
    const sql = new pg.Client({ connectionString: app.databaseUrl });
    await sql.connect();
    const person = await benchAccount(app.baseUrl, sql).finally(() => sql.end());

    const comparison = await alternate({
      title: 'graphql',
      connections: CONNECTIONS,
      targets: [
        {
          name: 'app me (auth)',
          url: `${app.baseUrl}/graphql`,
          headers: { ...JSON_HEADERS, authorization: `Bearer ${person.token}` },
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
    return { ...comparison, memory: { afterLoadMb: loadedMemoryMb } };
  } finally {
    await stop(bare);
    await stop(hello);
    await app.stop();
  }
}

runIfMain(import.meta.url, run);

import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import { Redis } from 'ioredis';
import request from 'supertest';
import { appProcessArguments } from './support/app-process.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { createApiKey, residentWithPhone, venueWithOperator } from './support/venues.js';

/**
 * Issue 18, item 7: the application as a city would run it. PgBouncer (transaction pooling) in front
 * of the test database, two API processes and one worker process from the build, HAProxy
 * (round-robin, health-checked on /health/ready) in front of the API processes. Proves that the
 * processes agree: a suspension is refused everywhere at once (the caches would keep it for 30 s),
 * a live code seen by one process is "seen before" on the other, the partner rate limit is shared,
 * a SIGKILL loses no answered verification, and HAProxy keeps answering while a process restarts.
 * Twice: with PostgreSQL alone (LISTEN/NOTIFY, counters and "seen before" in tables), and with
 * Redis (REDIS_URL: pub/sub, counters and "seen before" in Redis), each on a Redis database of its own.
 */

const RATE_LIMIT = 100;
const GRACE_SECONDS = 10;
/** Far below every cache's lifetime (30 s): a refusal seen before it comes from the invalidation. */
const PROPAGATION_DEADLINE_MS = 10_000;

interface AppProcess {
  name: string;
  env: Record<string, string>;
  child: ChildProcess;
  url: string;
  port: number;
  lines: string[];
}

const children: ChildProcess[] = [];

/**
 * A Redis database number of this run's own (1–15; 0 is the default others use), so that parallel
 * runs do not see each other's keys; the keys carry ids of this run's venues and keys besides, and
 * the pub/sub channel the test database's name.
 */
const REDIS_DB = 1 + ((process.pid + Math.floor(Math.random() * 15)) % 15);

const TRANSPORTS: { name: 'postgres' | 'redis' }[] = [{ name: 'postgres' }, { name: 'redis' }];

function run(command: string, args: string[], lines: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  children.push(child);
  return child;
}

async function waitFor<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs: number, lines: string[] = []): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`${what}: not after ${timeoutMs / 1000} s\n${lines.slice(-40).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** PgBouncer in transaction mode in a folder of its own; returns its port. */
async function startPgBouncer(databaseUrl: string): Promise<{ port: number; lines: string[] }> {
  const target = new URL(databaseUrl);
  const user = decodeURIComponent(target.username);
  const folder = mkdtempSync(path.join(tmpdir(), 'bo-pgbouncer-'));
  chmodSync(folder, 0o755);
  const port = await getPort({ host: '127.0.0.1' });
  const password = target.password ? ` password=${decodeURIComponent(target.password)}` : '';
  writeFileSync(path.join(folder, 'users.txt'), `"${user}" ""\n`, { mode: 0o644 });
  writeFileSync(
    path.join(folder, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${target.hostname} port=${target.port || 5432} user=${user}${password}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(folder, 'users.txt')}`,
      'pool_mode = transaction',
      'default_pool_size = 20',
      'max_client_conn = 200',
      // Startup parameters PgBouncer 1.18 cannot pass on; with PgBouncer they belong on the role (docs/operations.md).
      'ignore_startup_parameters = extra_float_digits,lock_timeout,statement_timeout,idle_in_transaction_session_timeout',
      'logfile =',
      'pidfile =',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const lines: string[] = [];
  // PgBouncer refuses to run as root (CI runs as root).
  const asUser = process.getuid?.() === 0 ? ['-u', 'nobody'] : [];
  run('/usr/sbin/pgbouncer', [...asUser, path.join(folder, 'pgbouncer.ini')], lines);
  await waitFor('PgBouncer listening', async () => (lines.some((line) => line.includes('listening on')) ? true : undefined), 20_000, lines);
  return { port, lines };
}

/** Answers PING (a connection that gives up at once instead of retrying). */
async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * TEST_REDIS_URL, else the machine's Redis on 6379 when it answers, else a redis-server of the test's
 * own (CI installs Debian's package without starting it); with this run's database number.
 */
async function redisUrl(): Promise<string> {
  let base = process.env.TEST_REDIS_URL;
  if (!base && (await redisAnswers('redis://127.0.0.1:6379'))) base = 'redis://127.0.0.1:6379';
  if (!base) {
    const port = await getPort({ host: '127.0.0.1' });
    const lines: string[] = [];
    run('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], lines);
    base = `redis://127.0.0.1:${port}`;
    const url = base;
    await waitFor('redis-server answering', async () => ((await redisAnswers(url)) ? true : undefined), 20_000, lines);
  }
  return `${base.replace(/\/\d*$/, '')}/${REDIS_DB}`;
}

async function startHaproxy(backends: AppProcess[]): Promise<{ url: string; lines: string[] }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bo-haproxy-'));
  const port = await getPort({ host: '127.0.0.1' });
  const file = path.join(folder, 'haproxy.cfg');
  writeFileSync(
    file,
    [
      'global',
      '  maxconn 500',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 30s',
      '  timeout server 30s',
      // A health check answered late on a busy machine is not a process down (without it, the check's timeout is its 300 ms interval).
      '  timeout check 2s',
      '  retries 3',
      // Every retry goes to another process.
      '  option redispatch 1',
      // A request that never reached the application goes to the other process: refused, closed without an
      // answer, or answered 503 by a process that is stopping (Fastify's return503OnClosing: not handled).
      '  retry-on conn-failure empty-response 503',
      'frontend api',
      `  bind 127.0.0.1:${port}`,
      '  default_backend apps',
      'backend apps',
      '  balance roundrobin',
      '  option httpchk GET /health/ready',
      '  default-server inter 300ms fall 2 rise 2',
      ...backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`),
      '',
    ].join('\n'),
  );
  const lines: string[] = [];
  run('/usr/sbin/haproxy', ['-db', '-f', file], lines);
  const url = `http://127.0.0.1:${port}`;
  await waitFor('HAProxy answering', async () => ((await fetch(`${url}/health/ready`)).ok ? true : undefined), 20_000, lines);
  return { url, lines };
}

async function startApp(name: string, env: Record<string, string>, port?: number): Promise<AppProcess> {
  const ownPort = port ?? (await getPort({ host: '127.0.0.1' }));
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const lines: string[] = [];
  const child = spawn(process.execPath, appProcessArguments(), {
    env: {
      ...inherited,
      NODE_OPTIONS: '',
      NODE_ENV: 'test',
      PORT: String(ownPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOG_PRETTY: '0',
      SEED_DEMO_DATA: '0',
      DB_SKIP_MIGRATIONS: '1',
      DB_POOL_SIZE: '5',
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
      // HAProxy takes a process out after two failed checks 300 ms apart; on a busy machine, later.
      SHUTDOWN_DRAIN_SECONDS: '2',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  const url = `http://127.0.0.1:${ownPort}`;
  await waitFor(
    `${name} ready`,
    async () => {
      if (child.exitCode !== null) throw new Error(`${name} ended at start:\n${lines.join('\n')}`);
      return (await fetch(`${url}/health/ready`)).ok ? true : undefined;
    },
    240_000,
    lines,
  );
  return { name, env, child, url, port: ownPort, lines };
}

async function stopApp(app: AppProcess, signal: NodeJS.Signals): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise((resolve) => app.child.once('exit', resolve));
  app.child.kill(signal);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, (GRACE_SECONDS + 10) * 1000))]);
  if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
}

describe.each(TRANSPORTS)('platform cluster ($name): PgBouncer, two API processes and a worker behind HAProxy', (transport) => {
  let arrange: TestApp;
  let api1: AppProcess;
  let api2: AppProcess;
  let worker: AppProcess;
  let proxy: { url: string; lines: string[] };
  let staff: string;
  let venue: Awaited<ReturnType<typeof venueWithOperator>>;
  let key: string;
  let sharedDataDir: string;
  /** This run's Redis database (only with the Redis transport), to see that the shared state is there. */
  let redis: Redis | undefined;
  /** A key of its own for each use, of a venue of its own (at most two active keys per venue): the rate limit counts per key. */
  const freshKey = async (name: string) =>
    (await createApiKey(arrange, (await venueWithOperator(arrange, staff)).operator.token, name)).key;

  const verifyAt = (base: string, apiKey: string, code: string) =>
    request(base).post('/api/partner/v1/verifications').set('authorization', `Bearer ${apiKey}`).send({ code });

  beforeAll(async () => {
    // What every process (and the arranging app) gets on top of the common settings.
    const transportEnv: Record<string, string> = transport.name === 'redis' ? { REDIS_URL: await redisUrl() } : {};
    arrange = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '0', JOBS_WORKERS: '0', ...transportEnv });
    if (transportEnv.REDIS_URL) redis = new Redis(transportEnv.REDIS_URL, { maxRetriesPerRequest: 2 });
    staff = (await accountWithRoles(arrange, ['staff_citizens_office'])).token;
    venue = await venueWithOperator(arrange, staff);
    key = (await createApiKey(arrange, venue.operator.token)).key;

    const bouncer = await startPgBouncer(arrange.databaseUrl);
    const database = new URL(arrange.databaseUrl);
    const pooled = new URL(arrange.databaseUrl);
    pooled.hostname = '127.0.0.1';
    pooled.port = String(bouncer.port);
    sharedDataDir = mkdtempSync(path.join(tmpdir(), 'bo-cluster-'));
    const common = {
      // One storage for all, as a shared volume (or S3) would be.
      DATA_DIR: sharedDataDir,
      DATABASE_URL: pooled.toString(),
      // LISTEN needs a session: past PgBouncer in transaction mode, straight to the database.
      DATABASE_LISTEN_URL: database.toString(),
      // Debian's PgBouncer 1.18 does not pass on named prepared statements in transaction mode.
      DB_PREPARED_STATEMENTS: '0',
      // The credentials name the arranging app's issuer URL; every process must be that issuer.
      PUBLIC_URL: arrange.config.publicUrl,
      FEE_CITIZEN_CARD_CENTS: '0',
      PARTNER_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      PARTNER_KEY_CACHE_SECONDS: '30',
      STATUS_LIST_CACHE_SECONDS: '30',
      SESSION_CHECK_CACHE_SECONDS: '30',
      PASSWORD_HASH_PROFILE: 'fast-test-only',
      ...transportEnv,
    };
    [api1, api2, worker] = await Promise.all([
      startApp('api1', { ...common, JOBS_WORKERS: '0' }),
      startApp('api2', { ...common, JOBS_WORKERS: '0' }),
      startApp('worker', { ...common, JOBS_WORKERS: '1' }),
    ]);
    proxy = await startHaproxy([api1, api2]);
    if (redis) {
      // Every process (and the arranging app) is subscribed to this database's channel in Redis.
      const channel = `cluster-events:${new URL(arrange.databaseUrl).pathname.slice(1)}`;
      const [, subscribers] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      expect(subscribers).toBe(4);
      console.log(`cluster (redis db ${REDIS_DB}): ${subscribers} processes subscribed to ${channel}`);
    }
  }, 420_000);

  afterAll(async () => {
    await Promise.all([api1, api2, worker].filter(Boolean).map((app) => stopApp(app, 'SIGTERM')));
    // Before PgBouncer, HAProxy (and a Redis of the test's own) stop.
    await arrange?.close();
    await redis?.quit().catch(() => undefined);
    await Promise.all(
      children
        .filter((child) => child.exitCode === null && child.signalCode === null)
        .map((child) => {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          return exited;
        }),
    );
  }, 120_000);

  it('refuses a card suspended through HAProxy on every process within moments', async () => {
    const resident = await residentWithPhone(arrange);
    const keys = { api1: await freshKey('Kasse api1'), api2: await freshKey('Kasse api2'), worker: await freshKey('Kasse worker') };
    // Every process has verified the card (and so cached the status list) before the suspension.
    for (const app of [api1, api2, worker]) {
      expect((await verifyAt(app.url, keys[app.name as keyof typeof keys], await resident.present())).body).toMatchObject({ valid: true });
    }
    const viaProxy = { http: proxy.url } as unknown as TestApp;
    const started = Date.now();
    const lost = await graphql<any>(
      viaProxy,
      'mutation($id: ID!) { reportCardLost(cardId: $id) { status } }',
      { id: resident.card.id },
      { token: resident.token },
    );
    expect(lost.data?.reportCardLost.status).toBe('suspended');
    const delays = await Promise.all(
      [api1, api2, worker].map(async (app) => {
        await waitFor(
          `${app.name} refusing the suspended card`,
          async () => {
            const body = (await verifyAt(app.url, keys[app.name as keyof typeof keys], await resident.present())).body;
            return body.valid === false && body.reason === 'SUSPENDED' ? true : undefined;
          },
          PROPAGATION_DEADLINE_MS,
        );
        return { process: app.name, ms: Date.now() - started };
      }),
    );
    console.log(
      `cluster: suspension refused after ${delays.map((delay) => `${delay.process} ${delay.ms} ms`).join(', ')} (target 2000 ms)`,
    );
    for (const delay of delays) expect(delay.ms).toBeLessThan(PROPAGATION_DEADLINE_MS);
  }, 120_000);

  it('refuses the access token on every process right after a logout on one of them', async () => {
    const person = await signedInAccount(arrange);
    const me = (app: AppProcess) => graphql<any>({ http: app.url } as unknown as TestApp, '{ me { id } }', {}, { token: person.token });
    // Each process has checked (and cached) the session before the logout.
    for (const app of [api1, api2]) expect((await me(app)).data?.me.id).toBe(person.account.id);
    const loggedOut = await graphql<any>(
      { http: api1.url } as unknown as TestApp,
      'mutation { logout }',
      {},
      { refreshCookie: person.refreshCookie },
    );
    expect(loggedOut.data).toEqual({ logout: true });
    const started = Date.now();
    await waitFor(
      'api2 refusing the ended session',
      async () => ((await me(api2)).errors?.[0]?.extensions.code === 'UNAUTHENTICATED' ? true : undefined),
      PROPAGATION_DEADLINE_MS,
    );
    console.log(`cluster: logout on api1 refused by api2 after ${Date.now() - started} ms`);
    expect((await me(api1)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  }, 60_000);

  it('reports a live code shown on one process as seen before on the other', async () => {
    const resident = await residentWithPhone(arrange);
    const code = await resident.present();
    expect((await verifyAt(api1.url, key, code)).body).toMatchObject({ valid: true, repeatedPresentation: false });
    expect((await verifyAt(api2.url, key, code)).body).toMatchObject({ valid: true, repeatedPresentation: true });
    // Remembered where the transport says: in Redis (and not in the table), or in the table.
    const rows = await arrange.sql('SELECT 1 FROM venue_presentations_seen WHERE venue_id = $1', [venue.venue.id]);
    if (redis) {
      expect(rows).toHaveLength(0);
      expect(await redis.keys(`presentation-seen:${venue.venue.id}:*`)).toHaveLength(1);
    } else {
      expect(rows).toHaveLength(1);
    }
  }, 60_000);

  it('shares the partner rate limit between the processes', async () => {
    const { key: limited, apiKey } = await createApiKey(arrange, (await venueWithOperator(arrange, staff)).operator.token, 'Kasse Limit');
    const statuses: number[] = [];
    for (let call = 0; call < RATE_LIMIT; call += 1) {
      const response = await verifyAt(call % 2 ? api2.url : api1.url, limited, 'not-a-card');
      if (response.status !== 200) console.log(`call ${call + 1}: ${response.status} ${JSON.stringify(response.body)}`);
      statuses.push(response.status);
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = [await verifyAt(api1.url, limited, 'not-a-card'), await verifyAt(api2.url, limited, 'not-a-card')];
    expect(refused.map((response) => response.status)).toEqual([429, 429]);
    // The counter lives where the transport says: in Redis, or in the rate_limits table.
    const counted = await arrange.sql<{ points: number }>('SELECT points FROM rate_limits WHERE key = $1', [
      `partner-api-key:${apiKey.id}`,
    ]);
    if (redis) {
      expect(counted).toHaveLength(0);
      expect(Number(await redis.get(`partner-api-key:${apiKey.id}`))).toBeGreaterThan(RATE_LIMIT);
    } else {
      // PostgreSQL's counter stops at the limit (a refused call does not add to it); Redis's counts every call.
      expect(counted[0]?.points).toBe(RATE_LIMIT);
    }
    console.log(`cluster: rate limit ${RATE_LIMIT}/min shared: call ${RATE_LIMIT + 1} refused on both processes`);
  }, 120_000);

  it('loses no answered verification when a process is killed with SIGKILL', async () => {
    const resident = await residentWithPhone(arrange);
    const killKey = await freshKey('Kasse SIGKILL');
    const answered: string[] = [];
    let failed = 0;
    let killed = false;
    // Eight tills verifying without pause; the process is killed after the 30th answer, with requests in flight.
    const tills = Array.from({ length: 8 }, async () => {
      for (;;) {
        const response = await verifyAt(api2.url, killKey, await resident.present()).catch(() => undefined);
        if (response?.status !== 200) {
          failed += 1;
          return;
        }
        answered.push(response.body.verificationId as string);
        if (answered.length >= 30 && !killed) {
          killed = true;
          api2.child.kill('SIGKILL');
        }
      }
    });
    await Promise.all(tills);
    expect(answered.length).toBeGreaterThanOrEqual(30);
    const logged = await arrange.sql<{ id: string }>('SELECT id FROM venue_verifications WHERE id = ANY($1::uuid[])', [answered]);
    console.log(`cluster: SIGKILL: ${answered.length} verifications answered, ${logged.length} of them in the log, ${failed} cut off`);
    expect(logged.map((row) => row.id).sort()).toEqual([...answered].sort());
    api2 = await startApp('api2', api2.env, api2.port);
  }, 300_000);

  it('keeps answering through HAProxy while an API process stops (SIGTERM) and starts again', async () => {
    let running = true;
    const results = { requests: 0, failures: 0 };
    /** What the failed requests got (an HTTP status, or `network`), to tell a refusal by HAProxy from a process's error. */
    const failedWith = new Map<string, number>();
    const load = (async () => {
      while (running) {
        const response = await fetch(`${proxy.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }).catch(() => undefined);
        results.requests += 1;
        if (response?.status !== 200) {
          results.failures += 1;
          const what = String(response?.status ?? 'network');
          failedWith.set(what, (failedWith.get(what) ?? 0) + 1);
        }
        await response?.arrayBuffer().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stopped = stopApp(api1, 'SIGTERM');
    // Draining (SHUTDOWN_DRAIN_SECONDS): not ready any more, so HAProxy takes it out, but still answering.
    await waitFor(
      'api1 not ready while draining',
      async () => ((await fetch(`${api1.url}/health/ready`)).status === 503 ? true : undefined),
      5_000,
      api1.lines,
    );
    const whileDraining = await fetch(`${api1.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(whileDraining.status).toBe(200);
    await stopped;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    api1 = await startApp('api1', api1.env, api1.port);
    // Until HAProxy has seen it healthy again (rise 2 × 300 ms) and sent it requests.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    running = false;
    await load;
    console.log(
      `cluster: ${results.requests} requests through HAProxy while api1 restarted, ${results.failures} failed` +
        (failedWith.size ? ` (${[...failedWith].map(([what, count]) => `${count} × ${what}`).join(', ')})` : ''),
    );
    expect(results.requests).toBeGreaterThan(10);
    expect(results.failures).toBe(0);
  }, 300_000);
});

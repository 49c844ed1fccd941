import { spawn, type ChildProcess } from 'node:child_process';
import getPort from 'get-port';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestApp, type TestApp } from './support/test-app.js';
import { appProcessArguments } from './support/app-process.js';

const GRACE_SECONDS = 10;

interface RunningProcess {
  child: ChildProcess;
  url: string;
  /** Every line the process wrote (JSON log lines and anything else). */
  lines: string[];
}

/** The application's own entry point, as a separate process. */
async function startProcess(env: Record<string, string>): Promise<RunningProcess> {
  const port = await getPort({ host: '127.0.0.1' });
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, appProcessArguments(), {
    env: {
      ...inherited,
      NODE_OPTIONS: '',
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      LOG_PRETTY: '0',
      SEED_DEMO_DATA: '0',
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the process ended at start:\n${lines.join('\n')}`);
    const ready = await fetch(`${url}/health/ready`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return { child, url, lines };
    if (Date.now() > deadline) throw new Error(`not ready after 150 s:\n${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Sends `signal` and waits for the exit: its code and how long it took. */
async function stop(running: RunningProcess, signal: NodeJS.Signals): Promise<{ code: number | null; seconds: number }> {
  const started = Date.now();
  const exited = new Promise<number | null>((resolve) => running.child.once('exit', (code) => resolve(code)));
  running.child.kill(signal);
  const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), (GRACE_SECONDS + 20) * 1000))]);
  if (running.child.exitCode === null) running.child.kill('SIGKILL');
  return { code, seconds: (Date.now() - started) / 1000 };
}

/** Log lines at level error (50) or above, and pg-boss's complaints. */
const errorsIn = (lines: string[]) =>
  lines.filter((line) => {
    try {
      return (JSON.parse(line) as { level: number }).level >= 50;
    } catch {
      return /error/i.test(line) && !/ExperimentalWarning/.test(line);
    }
  });

describe('platform lifecycle: a clean stop, and a stop after a database outage', () => {
  it('stops on SIGTERM in order (requests, jobs, pool, then the embedded database) without logging an error', async () => {
    const running = await startProcess({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bo-lifecycle-')) });
    expect((await fetch(`${running.url}/health/live`)).status).toBe(200);
    const stopped = await stop(running, 'SIGTERM');
    if (errorsIn(running.lines).length > 0) console.log(running.lines.join('\n'));
    expect(errorsIn(running.lines)).toEqual([]);
    expect(stopped.code).toBe(0);
    expect(stopped.seconds).toBeLessThan(GRACE_SECONDS);
    expect(running.lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  }, 240_000);

  describe('with an external database that goes away and comes back', () => {
    let app: TestApp;
    let admin: pg.Client;

    beforeAll(async () => {
      app = await createTestApp({ JOBS_WORKERS: '0' });
      admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
    });

    afterAll(async () => {
      await admin.end();
      await app.close();
    });

    it('still ends within the grace period on SIGTERM', async () => {
      const database = new URL(app.databaseUrl).pathname.slice(1);
      const running = await startProcess({ DATABASE_URL: app.databaseUrl, DB_SKIP_MIGRATIONS: '1', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
        database,
      ]);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      // The process must survive the outage: when it does not, its log says why.
      if (running.child.exitCode !== null) throw new Error(`the process ended in the outage:\n${running.lines.slice(-60).join('\n')}`);
      expect((await fetch(`${running.url}/health/ready`)).status).toBe(503);
      expect((await fetch(`${running.url}/health/live`)).status).toBe(200);
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const stopped = await stop(running, 'SIGTERM');
      if (stopped.code === null) console.log(running.lines.slice(-40).join('\n'));
      expect(stopped.code).not.toBeNull();
      expect(stopped.seconds).toBeLessThanOrEqual(GRACE_SECONDS + 2);
    }, 240_000);
  });
});

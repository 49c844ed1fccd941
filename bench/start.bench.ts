/**
 * Start (issue 19 item 7): process start to healthy with an existing data directory, measured from
 * the outside: `node dist/src/main.js` is spawned on a data directory a first start created (initdb,
 * migrations), and `/health/ready` is polled every 20 ms until it answers 200; the process is then
 * stopped. Alternating rounds (app, baseline, app, baseline …) against the minimal NestJS + Fastify
 * + Apollo `hello` server started the same way (to the moment it accepts connections), so that the
 * machine's load at the time shows in both. Goal < 3 s. Run: `npm run bench:start` (builds first).
 */
import getPort from 'get-port';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { benchDataDir } from './support/bench-app.js';
import { runIfMain } from './support/main.js';
import { residentMemoryMb, ROOT, startNode, stop, waitForPort } from './support/processes.js';
import { loadAverage, median } from './support/rounds.js';

const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const GOAL_MS = 3000;

async function poll(url: string, timeoutMs: number): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} not healthy after ${timeoutMs} ms`);
}

/** The app on `dataDir` (its own embedded PostgreSQL there), from spawn to `/health/ready` = 200. */
/** CPU time (user + system) a process has used so far, in ms: what the machine's load distorts least. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function startApp(dataDir: string, timeoutMs: number, thenWaitFor?: string): Promise<{ ms: number; cpuMs: number; rssMb: number }> {
  const port = await getPort({ host: '127.0.0.1', port: [4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649] });
  const started = performance.now();
  const app = startNode(path.join(ROOT, 'dist/src/main.js'), {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    NODE_ENV: 'development',
    SEED_DEMO_DATA: '0',
    LOG_LEVEL: 'info',
    LOG_PRETTY: '0',
  });
  try {
    await poll(`http://127.0.0.1:${port}/health/ready`, timeoutMs);
    const result = { ms: Math.round(performance.now() - started), cpuMs: cpuMs(app.pid!), rssMb: residentMemoryMb(app.pid!) };
    if (thenWaitFor) await poll(`http://127.0.0.1:${port}${thenWaitFor}`, timeoutMs);
    return result;
  } finally {
    await stop(app);
  }
}

/** The minimal NestJS + Fastify + Apollo server, from spawn to accepting connections. */
async function startBaseline(): Promise<number> {
  const port = await getPort({ host: '127.0.0.1' });
  const started = performance.now();
  const server = startNode(path.join(ROOT, 'dist/bench/support/nest-hello-server.js'), { PORT: String(port) });
  try {
    await waitForPort(port, 60_000);
    return Math.round(performance.now() - started);
  } finally {
    await stop(server);
  }
}

export async function run() {
  const dataDir = benchDataDir('start');
  const before = loadAverage();
  try {
    // A first start creates the data directory (initdb, migrations, catalogues) and, in the background,
    // the city CA's keys: not what is measured. It runs until the CA is there, or every later start would
    // generate the keys again beside its own work, as no installation that ran once does.
    const first = await startApp(dataDir, 300_000, '/pki/root.pem');
    console.log(
      `start: ${ROUNDS} alternating rounds, load average ${before.join(' ')}; first start with a new data directory ${(first.ms / 1000).toFixed(1)} s (not measured)`,
    );
    const app: number[] = [];
    const appCpu: number[] = [];
    const baseline: number[] = [];
    let rssMb = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const started = await startApp(dataDir, 120_000);
      app.push(started.ms);
      appCpu.push(started.cpuMs);
      rssMb = started.rssMb;
      baseline.push(await startBaseline());
      console.log(
        `  round ${round}: app to /health/ready ${app.at(-1)} ms (its CPU ${appCpu.at(-1)} ms), nest+fastify+apollo hello to listening ${baseline.at(-1)} ms`,
      );
    }
    const appMedian = median(app);
    const baselineMedian = median(baseline);
    const ratio = Number((appMedian / baselineMedian).toFixed(2));
    console.log(
      `  median app ${appMedian} ms (goal < ${GOAL_MS} ms; its CPU ${median(appCpu)} ms), baseline ${baselineMedian} ms, ratio of medians app/baseline ${ratio}; RSS when healthy ${rssMb} MB`,
    );
    const after = loadAverage();
    console.log(`  load average after: ${after.join(' ')}`);
    return {
      title: 'start',
      rounds: ROUNDS,
      loadAverage: { before, after },
      newDataDirMs: first.ms,
      targets: [
        {
          name: 'app to /health/ready (existing data directory)',
          roundsMs: app,
          medianMs: appMedian,
          cpuMs: appCpu,
          medianCpuMs: median(appCpu),
        },
        { name: 'nest+fastify+apollo hello to listening', roundsMs: baseline, medianMs: baselineMedian },
      ],
      ratios: [{ subject: 'app', baseline: 'nest+fastify+apollo hello', ratio, goal: null }],
      goalMs: GOAL_MS,
      rssWhenHealthyMb: rssMb,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, run);

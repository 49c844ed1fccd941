import { spawn, type ChildProcess } from 'node:child_process';
import getPort from 'get-port';
import { createTestApp, type TestApp } from './support/test-app.js';
import { register, uniqueEmail } from './support/accounts.js';
import { eventually, startSendgridRecorder, type SendgridRecorder } from './support/sendgrid-recorder.js';
import { appProcessArguments } from './support/app-process.js';

const EMAILS = 12;

/** The application's own entry point, as a separate process. */
function startWorkerProcess(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, appProcessArguments(), {
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

describe('e-mail outbox when the sending process is killed (SIGKILL)', () => {
  let recorder: SendgridRecorder;
  let app: TestApp;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    recorder = await startSendgridRecorder();
    // This process only writes e-mails; the child process sends them.
    app = await createTestApp({ JOBS_WORKERS: '0', EMAIL_SEND_TIMEOUT_SECONDS: '3' });
  });

  afterAll(async () => {
    if (worker) await kill(worker, 'SIGTERM');
    await app.close();
    await recorder.close();
  });

  it('loses no e-mail: every queued e-mail reaches SendGrid after a kill mid-send and a restart', async () => {
    const recipients = Array.from({ length: EMAILS }, () => uniqueEmail('crash'));
    for (const email of recipients) await register(app, email);
    const queued = await app.sql<{ id: string }>('SELECT id FROM outbox_emails');
    expect(queued).toHaveLength(EMAILS);

    recorder.respond = () => ({ status: 202, delayMs: 400 });
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: app.databaseUrl,
      PORT: String(await getPort({ host: '127.0.0.1' })),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      LOG_PRETTY: '0',
      SEED_DEMO_DATA: '0',
      SENDGRID_API_KEY: 'SG.crash-test-key',
      SENDGRID_API_URL: recorder.url,
      JOBS_POLLING_INTERVAL_SECONDS: '0.5',
      JOBS_MAINTENANCE_INTERVAL_SECONDS: '1',
      EMAIL_SEND_TIMEOUT_SECONDS: '3', // a job active this long is taken as lost (its process died) and sent again
      EMAIL_RETRY_DELAY_SECONDS: '1',
    };
    const delivered = () => new Set(recorder.requests.map((request) => request.body?.custom_args?.outbox_id));

    worker = startWorkerProcess(env);
    await eventually(() => recorder.requests.length >= 3, 60_000, 20);
    await kill(worker, 'SIGKILL');
    const beforeRestart = delivered().size;
    expect(beforeRestart).toBeLessThan(EMAILS);

    worker = startWorkerProcess(env);
    await eventually(() => delivered().size === EMAILS, 90_000, 100);
    expect([...delivered()].sort()).toEqual(queued.map((row) => row.id).sort());
    await eventually(async () => {
      const [{ sent }] = await app.sql<{ sent: number }>("SELECT count(*)::int AS sent FROM outbox_emails WHERE status = 'sent'");
      return sent === EMAILS;
    }, 30_000);
    console.info(
      `SIGKILL test: ${EMAILS} e-mails, ${beforeRestart} reached SendGrid before the kill, ${recorder.requests.length} requests in all (${recorder.requests.length - EMAILS} duplicates)`,
    );
  }, 180_000);
});

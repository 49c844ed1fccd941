import { spawn, type ChildProcess } from 'node:child_process';
import getPort from 'get-port';
import { LiveUpdates } from '../src/common/live-updates/index.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { appProcessArguments, isAppReady, stopAppProcess } from './support/app-process.js';
import { findCase, submittedStudentApplication } from './support/residency.js';
import { liveClient, until, type LiveClient } from './support/live-updates.js';
import { startServer, type RunningServer } from './support/running-server.js';

const NOTIFICATIONS_CHANGED = 'subscription { notificationsChanged { unreadCount notification { id kind } } }';

describe('live notifications across two app processes', () => {
  let processA: RunningServer;
  let processB: ChildProcess | undefined;
  let baseUrlB: string;
  let socket: LiveClient | undefined;
  const outputB: string[] = [];

  beforeAll(async () => {
    processA = await startServer();
    const port = await getPort({ host: '127.0.0.1' });
    baseUrlB = `http://127.0.0.1:${port}`;
    processB = spawn(process.execPath, appProcessArguments(), {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'test',
        DATABASE_URL: processA.databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: baseUrlB,
        LOG_LEVEL: 'error',
        LOG_PRETTY: '0',
        SEED_DEMO_DATA: '0',
        PASSWORD_HASH_PROFILE: 'fast-test-only',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [processB.stdout!, processB.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => outputB.push(...chunk.split('\n').filter(Boolean)));
    }
    await until(() => isAppReady(baseUrlB));
  });

  beforeEach(() => {
    // When process B has ended, say why (its own output) instead of a bare "fetch failed".
    if (processB && (processB.exitCode !== null || processB.signalCode !== null)) {
      throw new Error(`process B ended (${processB.exitCode ?? processB.signalCode}):\n${outputB.slice(-40).join('\n')}`);
    }
  });

  afterAll(async () => {
    await socket?.dispose();
    if (processB) await stopAppProcess(processB);
    await processA?.close();
  });

  it('delivers on process A the notification that a staff action on process B wrote', async () => {
    const admin = await accountWithRoles(processA, ['admin']);
    const person = await signedInAccount(processA);
    const before = processA.app.get(LiveUpdates).size.subscribers;
    socket = liveClient(processA.baseUrl, person.token);
    const events = socket.subscribe<{ notificationsChanged: { unreadCount: number; notification: { kind: string } | null } }>(
      NOTIFICATIONS_CHANGED,
    );
    await until(() => processA.app.get(LiveUpdates).size.subscribers === before + 1);

    const response = await fetch(`${baseUrlB}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({
        query: 'mutation($input: ChangeAccountRoleInput!) { grantAccountRole(input: $input) { id } }',
        variables: { input: { accountId: person.account.id, role: 'staff_communication', reason: 'Granted on process B' } },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const update = (await events.nth(2)).notificationsChanged; // the first: registered (catch-up)
    expect(update.notification?.kind).toBe('role_granted');
    expect(update.unreadCount).toBe(2); // the e-mail confirmation and the new role
  });

  it('delivers on process A the new state of a residency application that staff decided on process B', async () => {
    const staff = await accountWithRoles(processA, ['staff_citizens_office']);
    const { applicant, applicationId } = await submittedStudentApplication(processA);
    const caseId = await findCase(processA, staff.token, applicationId);
    const onA = liveClient(processA.baseUrl, applicant.token);
    const events = onA.subscribe<{ residencyApplicationChanged: { id: string; status: string } }>(
      'subscription($id: ID!) { residencyApplicationChanged(id: $id) { id status } }',
      { id: applicationId },
    );
    expect((await events.nth(1)).residencyApplicationChanged.status).toBe('submitted'); // registered on A

    const response = await fetch(`${baseUrlB}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.token}` },
      body: JSON.stringify({
        query: 'mutation($input: DecideBackofficeCaseInput!) { decideBackofficeCase(input: $input) { id status } }',
        variables: { input: { caseId, outcome: 'approve' } },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect((await events.nth(2)).residencyApplicationChanged).toEqual({ id: applicationId, status: 'approved' });
    await onA.dispose();
  });

  it('closes its sockets cleanly (1001) when a process stops, logging no error', async () => {
    const person = await signedInAccount(processA);
    const onB = liveClient(baseUrlB, person.token);
    const events = onB.subscribe(NOTIFICATIONS_CHANGED);
    await new Promise<void>((resolve) => onB.client.on('connected', () => resolve()));
    const exited = new Promise<number | null>((resolve) => processB!.once('exit', (code) => resolve(code)));
    processB!.kill('SIGTERM');
    expect((await onB.closed).code).toBe(1001);
    expect(await exited).toBe(0);
    await events.ended;
    expect(outputB.filter((line) => /error/i.test(line) && !/ExperimentalWarning/.test(line))).toEqual([]);
    await onB.dispose();
  });
});

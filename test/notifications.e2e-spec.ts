import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { accountWithRoles, register, signedInAccount, uniqueEmail } from './support/accounts.js';
import { eventually, startSendgridRecorder, type SendgridRecorder } from './support/sendgrid-recorder.js';

const FAST_JOBS = { JOBS_POLLING_INTERVAL_SECONDS: '0.5', EMAIL_RETRY_DELAY_SECONDS: '1' };

async function outboxRow(app: TestApp, email: string, template: string) {
  const [row] = await app.sql<{ id: string; status: string; attempts: number; last_error: string | null; provider: string | null }>(
    'SELECT id, status, attempts, last_error, provider FROM outbox_emails WHERE recipient = $1 AND template = $2 ORDER BY created_at DESC LIMIT 1',
    [email, template],
  );
  return row;
}

describe('e-mail outbox with SendGrid (recording server)', () => {
  let recorder: SendgridRecorder;
  let app: TestApp;

  beforeAll(async () => {
    recorder = await startSendgridRecorder();
    app = await createTestApp({
      ...FAST_JOBS,
      SENDGRID_API_KEY: 'SG.test-key-for-the-recorder',
      SENDGRID_API_URL: recorder.url,
      EMAIL_FROM: 'noreply@bochum.example',
      EMAIL_MAX_ATTEMPTS: '3',
    });
  });

  afterAll(async () => {
    await app.close();
    await recorder.close();
  });

  beforeEach(() => {
    recorder.respond = () => ({ status: 202 });
  });

  it('writes the e-mail in the transaction and sends it through SendGrid v3 mail/send', async () => {
    const email = uniqueEmail('sendgrid');
    await register(app, email, undefined, 'de');
    const row = await outboxRow(app, email, 'verify_email');
    expect(row).toBeDefined();
    const request = await eventually(() => recorder.requests.find((r) => r.body?.personalizations?.[0]?.to?.[0]?.email === email));
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/v3/mail/send');
    expect(request.headers.authorization).toBe('Bearer SG.test-key-for-the-recorder');
    expect(request.body.from).toEqual({ email: 'noreply@bochum.example', name: 'Stadt Bochum – e-Residency' });
    expect(request.body.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(request.body.content.map((part: { type: string }) => part.type)).toEqual(['text/plain', 'text/html']);
    expect(request.body.content[0].value).toContain('/verify-email?token=');
    expect(request.body.content[1].value).toContain('<html lang="de-DE" dir="ltr">');
    expect(request.body.custom_args).toEqual({ outbox_id: row.id });
    const sent = await eventually(async () => {
      const current = await outboxRow(app, email, 'verify_email');
      return current.status === 'sent' ? current : undefined;
    });
    expect(sent).toMatchObject({ provider: 'sendgrid', attempts: 1, last_error: null });
  });

  it('retries a temporary failure and sends the e-mail on a later attempt', async () => {
    const email = uniqueEmail('retry');
    let failuresLeft = 1;
    recorder.respond = (request) =>
      request.body?.personalizations?.[0]?.to?.[0]?.email === email && failuresLeft-- > 0 ? { status: 503 } : { status: 202 };
    await register(app, email);
    const sent = await eventually(async () => {
      const row = await outboxRow(app, email, 'verify_email');
      return row.status === 'sent' ? row : undefined;
    }, 30_000);
    expect(sent.attempts).toBe(2);
  });

  it('marks an e-mail SendGrid refuses as failed, shows it to staff, and sends it again on request', async () => {
    const email = uniqueEmail('refused');
    recorder.respond = (request) =>
      request.body?.personalizations?.[0]?.to?.[0]?.email === email
        ? { status: 400, body: { errors: [{ message: 'invalid' }] } }
        : { status: 202 };
    await register(app, email);
    const failed = await eventually(async () => {
      const row = await outboxRow(app, email, 'verify_email');
      return row.status === 'failed' ? row : undefined;
    });
    expect(failed.last_error).toContain('400');

    const resident = await signedInAccount(app);
    const QUERY = 'query { outboxEmails(status: failed) { nodes { id recipient status lastError } pageInfo { hasNextPage } } }';
    expect((await graphql(app, QUERY, {}, { token: resident.token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const staffToken = (await accountWithRoles(app, ['staff_citizens_office'])).token;
    const listed = await graphql<any>(app, QUERY, {}, { token: staffToken });
    expect(listed.data.outboxEmails.nodes).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: failed.id, recipient: email, status: 'failed' })]),
    );

    recorder.respond = () => ({ status: 202 });
    const retried = await graphql<any>(
      app,
      'mutation($id: ID!) { retryOutboxEmail(id: $id) { status } }',
      { id: failed.id },
      { token: staffToken },
    );
    expect(retried.data).toEqual({ retryOutboxEmail: { status: 'pending' } });
    await eventually(async () => (await outboxRow(app, email, 'verify_email')).status === 'sent');
    const [audit] = await app.sql("SELECT count(*)::int AS n FROM audit_events WHERE action = 'outbox.email_retried' AND subject_id = $1", [
      failed.id,
    ]);
    expect(audit.n).toBe(1);
  });

  it('writes no e-mail when the change that would cause it fails', async () => {
    const email = uniqueEmail('rollback');
    await register(app, email);
    // A second registration of the address e-mails its owner (issue 12) and records that; here the
    // record fails after the e-mail was written, so the whole change rolls back, e-mail included.
    await app.sql(
      `CREATE FUNCTION refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`,
    );
    await app.sql(
      `CREATE TRIGGER refuse_for_test BEFORE INSERT ON audit_events FOR EACH ROW
         WHEN (NEW.action = 'account.registration_attempted_again') EXECUTE FUNCTION refuse_for_test()`,
    );
    try {
      expect((await register(app, email, 'Another-Strong-Passphrase-9')).errors?.[0].extensions.code).toBe('INTERNAL');
    } finally {
      await app.sql('DROP TRIGGER refuse_for_test ON audit_events');
    }
    const rows = await app.sql('SELECT id FROM outbox_emails WHERE recipient = $1', [email]);
    expect(rows).toHaveLength(1);
  });
});

describe('in-app notifications', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp(FAST_JOBS);
  });

  afterAll(async () => {
    await app.close();
  });

  const LIST =
    'query($page: PageInput) { myNotifications(page: $page) { nodes { id kind title body link read } pageInfo { hasNextPage endCursor } } unreadNotificationCount }';

  it('notifies the account of events, in its language, and lets only its owner mark them read', async () => {
    const owner = await signedInAccount(app);
    const listed = await graphql<any>(app, LIST, {}, { token: owner.token });
    expect(listed.data.unreadNotificationCount).toBe(1);
    expect(listed.data.myNotifications.nodes[0]).toMatchObject({
      kind: 'email_verified',
      title: 'Welcome to Bochum e-Residency',
      read: false,
      link: '/account',
    });

    const intruder = await signedInAccount(app);
    const id = listed.data.myNotifications.nodes[0].id;
    const stolen = await graphql(app, 'mutation($id: ID!) { markNotificationRead(id: $id) { read } }', { id }, { token: intruder.token });
    expect(stolen.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(
      (await graphql<any>(app, LIST, {}, { token: intruder.token })).data.myNotifications.nodes.map((n: { id: string }) => n.id),
    ).not.toContain(id);

    const read = await graphql(app, 'mutation($id: ID!) { markNotificationRead(id: $id) { read } }', { id }, { token: owner.token });
    expect(read.data).toEqual({ markNotificationRead: { read: true } });
    expect((await graphql<any>(app, LIST, {}, { token: owner.token })).data.unreadNotificationCount).toBe(0);
  });

  it('pages through notifications with cursors and marks all read', async () => {
    const owner = await signedInAccount(app);
    const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
    let password = owner.password;
    for (const next of ['Erste-Neue-Passphrase-1', 'Zweite-Neue-Passphrase-2']) {
      await graphql(app, CHANGE, { input: { currentPassword: password, newPassword: next } }, { token: owner.token });
      password = next;
    }
    const first = await graphql<any>(app, LIST, { page: { first: 2 } }, { token: owner.token, language: 'de' });
    expect(first.data.myNotifications.nodes.map((n: { kind: string }) => n.kind)).toEqual(['password_changed', 'password_changed']);
    expect(first.data.myNotifications.pageInfo.hasNextPage).toBe(true);
    const second = await graphql<any>(
      app,
      LIST,
      { page: { first: 2, after: first.data.myNotifications.pageInfo.endCursor } },
      { token: owner.token },
    );
    expect(second.data.myNotifications.nodes.map((n: { kind: string }) => n.kind)).toEqual(['email_verified']);
    expect(second.data.myNotifications.pageInfo.hasNextPage).toBe(false);

    const bad = await graphql(app, LIST, { page: { first: 2, after: 'not-a-cursor' } }, { token: owner.token });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // Shaped like an id but not one: refused at the edge, not by PostgreSQL.
    const notAnId = Buffer.from(JSON.stringify([new Date().toISOString(), '-'.repeat(36)])).toString('base64url');
    const forged = await graphql(app, LIST, { page: { first: 2, after: notAnId } }, { token: owner.token });
    expect(forged.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    expect((await graphql(app, 'mutation { markAllNotificationsRead }', {}, { token: owner.token })).data).toEqual({
      markAllNotificationsRead: 3,
    });
  });

  it('delivers e-mails through the local capture without a SendGrid key', async () => {
    const email = uniqueEmail('capture');
    await register(app, email);
    const row = await eventually(async () => {
      const current = await outboxRow(app, email, 'verify_email');
      return current.status === 'sent' ? current : undefined;
    });
    expect(row.provider).toBe('capture');
  });
});

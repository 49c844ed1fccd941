import { graphql } from './support/graphql.js';
import { accountWithRoles, login, STRONG_PASSWORD } from './support/accounts.js';
import { eventually } from './support/payments.js';
import { DELETE_MY_ACCOUNT, residentWithCardAndPayment } from './support/privacy.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { certificateApplicantForTest, makeCsrForTest, requestCertificate } from './support/pki.js';
import { communicationStaff, publishedEvent, registerFor, resident } from './support/participation-events.js';

/** Issue 17, item 7: Art. 17 GDPR, deleting one's account keeps only what the law requires. */
describe('privacy: deleting my account', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ STATUS_LIST_CACHE_SECONDS: '0' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const count = async (sql: string, accountId: string) => Number((await app.sql<{ n: string }>(sql, [accountId]))[0].n);

  it('refuses without the right password, for staff, and signed out, and changes nothing', async () => {
    const resident = await residentWithCardAndPayment(app);
    const wrong = await graphql(app, DELETE_MY_ACCOUNT, { input: { password: 'not-my-password-at-all' } }, { token: resident.token });
    expect(wrong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const empty = await graphql(app, DELETE_MY_ACCOUNT, { input: { password: '' } }, { token: resident.token });
    expect(empty.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await graphql(app, DELETE_MY_ACCOUNT, { input: { password: STRONG_PASSWORD } })).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const staff = await accountWithRoles(app, ['staff_citizens_office']);
    const refused = await graphql(app, DELETE_MY_ACCOUNT, { input: { password: STRONG_PASSWORD } }, { token: staff.token });
    expect(refused.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await login(app, resident.email)).data?.login.accessToken).toBeTruthy();
    expect((await resident.verify()).valid).toBe(true);
  });

  it('erases the account: no sign-in, sessions gone, card revoked, payment kept, personal rows gone or anonymised', async () => {
    const resident = await residentWithCardAndPayment(app);
    const id = resident.accountId;
    await app.sql(`INSERT INTO in_app_notifications (account_id, kind, params) VALUES ($1, 'card_issued', '{}')`, [id]);
    const other = await residentWithCardAndPayment(app);
    const erased = await graphql(app, DELETE_MY_ACCOUNT, { input: { password: STRONG_PASSWORD } }, { token: resident.token });
    expect(erased.errors).toBeUndefined();
    expect(erased.data?.deleteMyAccount).toBe(true);

    expect((await login(app, resident.email)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await graphql(app, '{ me { id } }', {}, { token: resident.token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await eventually(async () => ((await resident.verify()).valid ? null : resident.verify()))).reason).toBe('REVOKED');

    const [payment] = await app.sql<{ status: string; email: string }>(
      'SELECT p.status, a.email FROM payments p JOIN accounts a ON a.id = p.payer_account_id WHERE p.payer_account_id = $1',
      [id],
    );
    expect(payment.status).toBe('succeeded');
    expect(payment.email).toBe(`erased-${id}@erased.invalid`);
    expect(await count('SELECT count(*) AS n FROM refresh_tokens WHERE account_id = $1', id)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM account_tokens WHERE account_id = $1', id)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM in_app_notifications WHERE account_id = $1', id)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM outbox_emails WHERE account_id = $1', id)).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM citizen_cards WHERE account_id = $1 AND (status <> 'revoked' OR holder_name <> '')`, id),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM residencies WHERE account_id = $1 AND (status <> 'ended' OR holder_family_name <> '')`, id),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM card_entitlements WHERE account_id = $1 AND status = 'revoked'`, id)).toBe(1);
    const [account] = await app.sql<{ roles: string; email_verified_at: Date | null }>(
      'SELECT roles::text, email_verified_at FROM accounts WHERE id = $1',
      [id],
    );
    expect(account).toEqual({ roles: '{}', email_verified_at: null });
    const [audit] = await app.sql<{ n: string }>(
      `SELECT count(*) AS n FROM audit_events WHERE action = 'privacy.account_erased' AND subject_id = $1`,
      [id],
    );
    expect(Number(audit.n)).toBe(1);

    // Someone else's data is untouched.
    expect((await other.verify()).valid).toBe(true);
    expect((await login(app, other.email)).data?.login.accessToken).toBeTruthy();
  });
  it('offers the seat an erased person held to the first one waiting, as a cancellation would', async () => {
    const staff = await communicationStaff(app);
    const event = await publishedEvent(app, staff.token, { capacity: 1 });
    const holder = await resident(app);
    const waiting = await resident(app);
    expect((await registerFor(app, holder.token, event.id)).data.registerForParticipationEvent.status).toBe('confirmed');
    expect((await registerFor(app, waiting.token, event.id)).data.registerForParticipationEvent.status).toBe('waiting');

    const erased = await graphql(app, DELETE_MY_ACCOUNT, { input: { password: STRONG_PASSWORD } }, { token: holder.token });
    expect(erased.errors).toBeUndefined();

    const rows = await app.sql<{ account_id: string; status: string }>(
      'SELECT account_id, status FROM participation_event_registrations WHERE event_id = $1 ORDER BY created_at',
      [event.id],
    );
    expect(rows).toEqual([{ account_id: waiting.accountId, status: 'offered' }]);
    const offerMail = await eventually(async () =>
      (await app.mailbox.list(waiting.email)).find((mail) => mail.template === 'participationEvents.seat_offered'),
    );
    expect(offerMail).toBeTruthy();
  });
  it("revokes the erased person's valid signature certificates (kept for the CA, listed on a new CRL)", async () => {
    const applicant = await certificateApplicantForTest(app);
    const issued = await requestCertificate(app, applicant.token, { companyId: applicant.companyId, csrPem: makeCsrForTest().csrPem });
    expect(issued.errors).toBeUndefined();
    const certificateId = issued.data.requestCertificate.id as string;
    const [{ n: crlsBefore }] = await app.sql<{ n: string }>(`SELECT count(*) AS n FROM pki_crls WHERE issuer = 'issuing'`);

    const erased = await graphql(app, DELETE_MY_ACCOUNT, { input: { password: STRONG_PASSWORD } }, { token: applicant.token });
    expect(erased.errors).toBeUndefined();

    const [certificate] = await app.sql<{ revocation_reason: string | null; revoked: boolean }>(
      'SELECT revocation_reason, revoked_at IS NOT NULL AS revoked FROM pki_certificates WHERE id = $1',
      [certificateId],
    );
    expect(certificate).toEqual({ revocation_reason: 'cessation_of_operation', revoked: true });
    const [{ n: crlsAfter }] = await app.sql<{ n: string }>(`SELECT count(*) AS n FROM pki_crls WHERE issuer = 'issuing'`);
    expect(Number(crlsAfter)).toBe(Number(crlsBefore) + 1);
  });
});

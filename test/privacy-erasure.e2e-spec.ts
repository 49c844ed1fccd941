import { graphql } from './support/graphql.js';
import { accountWithRoles, login, STRONG_PASSWORD } from './support/accounts.js';
import { eventually } from './support/payments.js';
import { DELETE_MY_ACCOUNT, residentWithCardAndPayment } from './support/privacy.js';
import { createTestApp, type TestApp } from './support/test-app.js';

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
});

import { graphql, ACCOUNT_FIELDS } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { linkTokenFrom, login, register, signedInAccount, STRONG_PASSWORD, uniqueEmail } from './support/accounts.js';

const VERIFY = 'mutation($token: String!) { verifyEmail(token: $token) }';
const ME = `{ me { ${ACCOUNT_FIELDS} } }`;
const REFRESH = 'mutation { refreshSession { accessToken account { email } } }';

describe('identity (GraphQL over HTTP, real PostgreSQL)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('registers, verifies by e-mail link, signs in, refreshes, and signs out', async () => {
    const email = uniqueEmail('journey');
    const registered = await register(app, email.toUpperCase());
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ register: { email, verificationEmailSent: true } });

    const [mail] = await app.mailbox.list(email);
    expect(mail.template).toBe('verify_email');
    expect(mail.language).toBe('en');
    expect(mail.subject).toBe('Please confirm your e-mail address');
    expect(mail.text).toContain(`${app.config.publicUrl}/verify-email?token=`);

    const beforeVerification = await login(app, email);
    expect(beforeVerification.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });

    const verified = await graphql(app, VERIFY, { token: await linkTokenFrom(app, email, 'verify_email') });
    expect(verified.data).toEqual({ verifyEmail: true });

    const signedIn = await login(app, email);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data!.login.account).toMatchObject({ email, emailVerified: true, roles: [], assuranceLevel: 'low' });
    const cookieHeader = ([] as string[]).concat(signedIn.headers['set-cookie'] ?? []).join(';');
    expect(cookieHeader).toMatch(/HttpOnly/i);
    expect(cookieHeader).toMatch(/SameSite=Strict/i);
    expect(cookieHeader).toMatch(/Path=\/graphql/);

    const me = await graphql(app, ME, {}, { token: signedIn.data!.login.accessToken });
    expect(me.data!.me).toMatchObject({ email, preferredLanguage: 'en' });

    const refreshed = await graphql(app, REFRESH, {}, { refreshCookie: signedIn.refreshCookie });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.refreshCookie).toBeTruthy();
    expect(refreshed.refreshCookie).not.toBe(signedIn.refreshCookie);

    const [stored] = await app.sql<{ token_hash: string }>('SELECT token_hash FROM refresh_tokens LIMIT 1');
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(signedIn.refreshCookie);

    const loggedOut = await graphql(app, 'mutation { logout }', {}, { refreshCookie: refreshed.refreshCookie });
    expect(loggedOut.data).toEqual({ logout: true });
    const afterLogout = await graphql(app, REFRESH, {}, { refreshCookie: refreshed.refreshCookie });
    expect(afterLogout.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_INVALID' });
  });

  it('ends the whole session family when an old refresh token is replayed', async () => {
    const { refreshCookie: first } = await signedInAccount(app);
    const second = (await graphql(app, REFRESH, {}, { refreshCookie: first })).refreshCookie!;
    const third = (await graphql(app, REFRESH, {}, { refreshCookie: second })).refreshCookie!;
    const replay = await graphql(app, REFRESH, {}, { refreshCookie: first });
    expect(replay.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const legitimate = await graphql(app, REFRESH, {}, { refreshCookie: third });
    expect(legitimate.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const [audit] = await app.sql("SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.refresh_token_reused'");
    expect(audit.n).toBeGreaterThanOrEqual(1);
  });

  it('lets a refresh be retried when its answer was lost, replacing the unused successor', async () => {
    const { refreshCookie: first } = await signedInAccount(app);
    const lost = (await graphql(app, REFRESH, {}, { refreshCookie: first })).refreshCookie!;
    const retried = await graphql(app, REFRESH, {}, { refreshCookie: first });
    expect(retried.errors).toBeUndefined();
    const current = retried.refreshCookie!;
    expect(current).not.toBe(lost);
    const newest = await graphql(app, REFRESH, {}, { refreshCookie: current });
    expect(newest.errors).toBeUndefined();
    // The replaced successor turning up later is a conflict: the family ends.
    const late = await graphql(app, REFRESH, {}, { refreshCookie: lost });
    expect(late.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const afterConflict = await graphql(app, REFRESH, {}, { refreshCookie: newest.refreshCookie! });
    expect(afterConflict.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a wrong password and an unknown e-mail the same way, in the caller’s language', async () => {
    const { email } = await signedInAccount(app);
    const wrongPassword = await login(app, email, 'not-the-right-password', 'de');
    const unknownEmail = await login(app, uniqueEmail('nobody'), 'not-the-right-password', 'de');
    expect(wrongPassword.errors?.[0]).toMatchObject({
      message: 'Die E-Mail-Adresse oder das Passwort ist nicht richtig.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
    });
    expect(unknownEmail.errors?.[0].message).toBe(wrongPassword.errors?.[0].message);
    expect(unknownEmail.errors?.[0].extensions.reason).toBe(wrongPassword.errors?.[0].extensions.reason);
    const english = await login(app, email, 'not-the-right-password', 'en-GB,en;q=0.9');
    expect(english.errors?.[0].message).toBe('The e-mail address or the password is not correct.');
  });

  it('refuses weak passwords with field details', async () => {
    const short = await register(app, uniqueEmail(), 'short');
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(short.errors?.[0].extensions.details).toEqual([
      { field: 'password', constraint: 'minLength', message: 'The password must have at least 12 characters.' },
    ]);
    const common = await register(app, uniqueEmail(), 'qwerty123456');
    expect(common.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
    expect(common.errors?.[0].extensions.details?.[0]).toMatchObject({ field: 'password', constraint: 'password_common' });
    const [{ n }] = await app.sql<{ n: number }>("SELECT count(*)::int AS n FROM accounts WHERE password_hash = ''");
    expect(n).toBe(0);
  });

  it('answers a duplicate registration like a new one, keeps the first account and tells its owner by e-mail', async () => {
    const email = uniqueEmail('twice');
    const first = await register(app, email, undefined, 'de');
    const again = await register(app, `  ${email.toUpperCase()} `, 'Another-Strong-Passphrase-9');
    // The answer does not reveal that the address has an account (issue 12, item 7).
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(again.data).toEqual({ register: { email, verificationEmailSent: true } });
    const rows = await app.sql('SELECT id FROM accounts WHERE email = $1', [email]);
    expect(rows).toHaveLength(1);
    // The owner hears of it in their own language, with the way to a new password.
    const attempt = (await app.mailbox.list(email)).find((mail) => mail.template === 'registration_attempt');
    expect(attempt).toMatchObject({ language: 'de', subject: 'Registrierungsversuch mit Ihrer E-Mail-Adresse' });
    expect(attempt!.text).toContain(`${app.config.publicUrl}/forgot-password`);
  });

  it('refuses an expired link and a used link with distinct reasons', async () => {
    const email = uniqueEmail('links');
    await register(app, email);
    const token = await linkTokenFrom(app, email, 'verify_email');
    await app.sql("UPDATE account_tokens SET expires_at = now() - interval '1 minute'");
    const expired = await graphql(app, VERIFY, { token }, { language: 'de' });
    expect(expired.errors?.[0]).toMatchObject({
      message: 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'LINK_EXPIRED' },
    });
    await graphql(app, 'mutation($email: String!) { resendVerificationEmail(email: $email) }', { email });
    const fresh = await linkTokenFrom(app, email, 'verify_email');
    expect(fresh).not.toBe(token);
    expect((await graphql(app, VERIFY, { token: fresh })).data).toEqual({ verifyEmail: true });
    const reused = await graphql(app, VERIFY, { token: fresh });
    expect(reused.errors?.[0].extensions.reason).toBe('LINK_INVALID');
  });

  it('gives RATE_LIMITED with a retry time after repeated wrong logins', async () => {
    const { email } = await signedInAccount(app);
    const codes: string[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      codes.push((await login(app, email, 'wrong-password-attempt'))?.errors?.[0].extensions.code ?? 'none');
    }
    expect(codes.slice(0, 10).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    const blocked = await login(app, email, STRONG_PASSWORD, 'en');
    expect(blocked.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.errors?.[0].message).toMatch(/Too many attempts\. Please wait \d+ seconds/);
  });

  it('resets a forgotten password by e-mail link and ends every session', async () => {
    const { email, refreshCookie } = await signedInAccount(app);
    const requested = await graphql(app, 'mutation($email: String!) { requestPasswordReset(email: $email) }', { email });
    expect(requested.data).toEqual({ requestPasswordReset: true });
    const unknown = await graphql(app, 'mutation($email: String!) { requestPasswordReset(email: $email) }', {
      email: uniqueEmail('ghost'),
    });
    expect(unknown.data).toEqual({ requestPasswordReset: true });

    const token = await linkTokenFrom(app, email, 'password_reset');
    const newPassword = 'Zeche-Zollverein-Blick-7';
    const reset = await graphql(app, 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }', {
      input: { token, newPassword },
    });
    expect(reset.data).toEqual({ resetPassword: true });
    expect((await graphql(app, REFRESH, {}, { refreshCookie })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await login(app, email)).errors?.[0].extensions.reason).toBe('INVALID_CREDENTIALS');
    expect((await login(app, email, newPassword)).data?.login.accessToken).toBeTruthy();
    expect((await app.mailbox.list(email)).map((mail) => mail.template)).toContain('password_changed');
  });

  it('changes the password only with the current one, keeping the current session', async () => {
    const { token, password, email, refreshCookie } = await signedInAccount(app);
    const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
    const wrong = await graphql(
      app,
      CHANGE,
      { input: { currentPassword: 'not-my-password', newPassword: 'Bergbau-Museum-Besuch-3' } },
      { token },
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' });
    const changed = await graphql(app, CHANGE, { input: { currentPassword: password, newPassword: 'Bergbau-Museum-Besuch-3' } }, { token });
    expect(changed.data).toEqual({ changePassword: true });
    expect((await graphql(app, REFRESH, {}, { refreshCookie })).data?.refreshSession.account.email).toBe(email);
    expect((await login(app, email, 'Bergbau-Museum-Besuch-3')).data).toBeTruthy();
  });

  it('updates the preferred language and refuses an unsupported one', async () => {
    const { token } = await signedInAccount(app);
    const UPDATE = 'mutation($input: UpdatePreferencesInput!) { updateMyPreferences(input: $input) { preferredLanguage } }';
    expect((await graphql(app, UPDATE, { input: { preferredLanguage: 'de' } }, { token })).data).toEqual({
      updateMyPreferences: { preferredLanguage: 'de' },
    });
    const unsupported = await graphql(app, UPDATE, { input: { preferredLanguage: 'xx' } }, { token });
    expect(unsupported.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(unsupported.errors?.[0].extensions.details?.[0].field).toBe('preferredLanguage');
  });

  it('refuses `me` without a valid access token', async () => {
    expect((await graphql(app, ME)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await graphql(app, ME, {}, { token: 'not.a.jwt' })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('records authentication events in the append-only audit trail', async () => {
    const { email } = await signedInAccount(app);
    await login(app, email, 'wrong-password-once');
    const rows = await app.sql<{ action: string; correlation_id: string | null }>(
      "SELECT action, correlation_id FROM audit_events WHERE details->>'email' = $1 OR actor_account_id = (SELECT id FROM accounts WHERE email = $1) ORDER BY occurred_at",
      [email],
    );
    const actions = rows.map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['account.registered', 'account.email_verified', 'auth.login', 'auth.login_failed']));
    expect(rows.every((row) => row.correlation_id)).toBe(true);
    await expect(app.sql('UPDATE audit_events SET action = $1', ['tampered'])).rejects.toThrow(/append-only/);
    await expect(app.sql('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });
});

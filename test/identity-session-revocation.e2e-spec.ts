import { SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { outsideTransaction } from '../src/database/connection-discipline.js';
import { AccountDirectory, Role } from '../src/identity/index.js';
import { accountWithRoles, linkTokenFrom, login, signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const ME = '{ me { id email roles } }';
const REFRESH = 'mutation { refreshSession { accessToken } }';
/** Guarded by the staff roles. */
const STAFF_QUERY = '{ outboxEmails(status: failed) { nodes { id } } }';

const accountIdOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;
const sessionIdOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sid: string }).sid;
const codeOf = (response: { errors?: { extensions: { code: string } }[] }) => response.errors?.[0]?.extensions.code ?? 'OK';

/**
 * Issue 12, item 3: an access token is checked against the session store on each request, so
 * signing out, a password reset, a revoked session and a role change apply on the next request;
 * roles come from the database, and a token must expire.
 */
describe('identity: access tokens follow the session and the account', () => {
  let app: TestApp;

  beforeAll(async () => {
    // A long cache: what the tests see must come from the invalidation, not from the cache running out.
    app = await createTestApp({ SESSION_CHECK_CACHE_SECONDS: '60' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses the access token right after logout, while another session of the account goes on', async () => {
    const person = await signedInAccount(app);
    const other = await login(app, person.email);
    expect(codeOf(await graphql(app, ME, {}, { token: person.token }))).toBe('OK');
    expect((await graphql(app, 'mutation { logout }', {}, { refreshCookie: person.refreshCookie })).data).toEqual({ logout: true });
    const after = await graphql(app, ME, {}, { token: person.token });
    expect(after.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(codeOf(await graphql(app, ME, {}, { token: other.data!.login.accessToken }))).toBe('OK');
  });

  it('refuses every access token of the account right after a password reset', async () => {
    const person = await signedInAccount(app);
    expect(codeOf(await graphql(app, ME, {}, { token: person.token }))).toBe('OK');
    await graphql(app, 'mutation($email: String!) { requestPasswordReset(email: $email) }', { email: person.email });
    const reset = await graphql(app, 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }', {
      input: { token: await linkTokenFrom(app, person.email, 'password_reset'), newPassword: 'Zeche-Hannover-Förderturm-4' },
    });
    expect(reset.data).toEqual({ resetPassword: true });
    expect(codeOf(await graphql(app, ME, {}, { token: person.token }))).toBe('UNAUTHENTICATED');
  });

  it('after a password change keeps the current session and ends the others at once', async () => {
    const person = await signedInAccount(app);
    const other = (await login(app, person.email)).data!.login.accessToken;
    expect(codeOf(await graphql(app, ME, {}, { token: other }))).toBe('OK');
    const changed = await graphql(
      app,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      {
        input: { currentPassword: person.password, newPassword: 'Bergbau-Museum-Besuch-3' },
      },
      { token: person.token },
    );
    expect(changed.data).toEqual({ changePassword: true });
    expect(codeOf(await graphql(app, ME, {}, { token: other }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await graphql(app, ME, {}, { token: person.token }))).toBe('OK');
  });

  it('refuses the access token once its session family is revoked for a replayed refresh token', async () => {
    const person = await signedInAccount(app);
    const rotated = await graphql<{ refreshSession: { accessToken: string } }>(app, REFRESH, {}, { refreshCookie: person.refreshCookie });
    const current = rotated.data!.refreshSession.accessToken;
    expect(codeOf(await graphql(app, ME, {}, { token: current }))).toBe('OK');
    // Well past the grace period for a lost answer: the old refresh token again is a replay.
    await app.sql("UPDATE refresh_tokens SET rotated_at = now() - interval '1 hour' WHERE rotated_at IS NOT NULL AND account_id = $1", [
      accountIdOf(current),
    ]);
    expect(codeOf(await graphql(app, REFRESH, {}, { refreshCookie: person.refreshCookie }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await graphql(app, ME, {}, { token: current }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await graphql(app, ME, {}, { token: person.token }))).toBe('UNAUTHENTICATED');
  });

  it('makes a withdrawn staff role FORBIDDEN on the next request, and a granted one count at once, with the same token', async () => {
    const staff = await accountWithRoles(app, [Role.staff_citizens_office]);
    const accountId = accountIdOf(staff.token);
    const directory = app.app.get(AccountDirectory);
    const dataSource = app.app.get(DataSource);
    expect(codeOf(await graphql(app, STAFF_QUERY, {}, { token: staff.token }))).toBe('OK');

    await dataSource.transaction(async (manager) => {
      expect(await directory.withdrawRole(accountId, Role.staff_citizens_office, manager)).toBe(true);
      // Not committed yet: a request now (another caller, not this transaction) still sees the role, and may cache it ...
      expect(codeOf(await outsideTransaction(() => graphql(app, STAFF_QUERY, {}, { token: staff.token })))).toBe('OK');
    });
    // ... but the commit forgets it again.
    const refused = await graphql(app, STAFF_QUERY, {}, { token: staff.token });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await graphql<{ me: { roles: string[] } }>(app, ME, {}, { token: staff.token })).data!.me.roles).toEqual([]);

    await dataSource.transaction((manager) => directory.grantRole(accountId, Role.admin, manager));
    expect(codeOf(await graphql(app, STAFF_QUERY, {}, { token: staff.token }))).toBe('OK');
  });

  describe('hand-signed tokens', () => {
    const sign = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT = (jwt) => jwt.setIssuedAt().setExpirationTime('5m')) =>
      build(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('bochum-eresidency').setIssuer('bochum-eresidency')).sign(
        new TextEncoder().encode(app.config.auth.jwtSecret),
      );

    it('accepts a well-formed one of a live session (the control)', async () => {
      const person = await signedInAccount(app);
      const token = await sign({ sub: accountIdOf(person.token), sid: sessionIdOf(person.token) });
      expect(codeOf(await graphql(app, ME, {}, { token }))).toBe('OK');
    });

    it('refuses a token without exp, and one that would live longer than an access token may', async () => {
      const person = await signedInAccount(app);
      const claims = { sub: accountIdOf(person.token), sid: sessionIdOf(person.token) };
      const withoutExp = await sign(claims, (jwt) => jwt.setIssuedAt());
      expect(codeOf(await graphql(app, ME, {}, { token: withoutExp }))).toBe('UNAUTHENTICATED');
      const withoutIat = await sign(claims, (jwt) => jwt.setExpirationTime('5m'));
      expect(codeOf(await graphql(app, ME, {}, { token: withoutIat }))).toBe('UNAUTHENTICATED');
      const forAYear = await sign(claims, (jwt) => jwt.setIssuedAt().setExpirationTime('365d'));
      expect(codeOf(await graphql(app, ME, {}, { token: forAYear }))).toBe('UNAUTHENTICATED');
    });

    it('takes the roles from the database, not from the token', async () => {
      const person = await signedInAccount(app);
      const token = await sign({ sub: accountIdOf(person.token), sid: sessionIdOf(person.token), roles: [Role.admin], aal: 'high' });
      expect(codeOf(await graphql(app, ME, {}, { token }))).toBe('OK');
      expect(codeOf(await graphql(app, STAFF_QUERY, {}, { token }))).toBe('FORBIDDEN');
    });

    it('refuses a token whose session is unknown or belongs to another account', async () => {
      const person = await signedInAccount(app);
      const stranger = await signedInAccount(app);
      const foreignSession = await sign({ sub: accountIdOf(person.token), sid: sessionIdOf(stranger.token) });
      expect(codeOf(await graphql(app, ME, {}, { token: foreignSession }))).toBe('UNAUTHENTICATED');
      const unknownSession = await sign({ sub: accountIdOf(person.token), sid: '00000000-0000-4000-8000-000000000000' });
      expect(codeOf(await graphql(app, ME, {}, { token: unknownSession }))).toBe('UNAUTHENTICATED');
      const notAUuid = await sign({ sub: accountIdOf(person.token), sid: 'x' });
      expect(codeOf(await graphql(app, ME, {}, { token: notAUuid }))).toBe('UNAUTHENTICATED');
    });
  });
});

describe('identity: the session check cache is short-lived across processes', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ SESSION_CHECK_CACHE_SECONDS: '1' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('sees a session ended and a role withdrawn by another process once the cache lifetime has passed', async () => {
    const staff = await accountWithRoles(app, [Role.staff_citizens_office]);
    const accountId = accountIdOf(staff.token);
    expect(codeOf(await graphql(app, STAFF_QUERY, {}, { token: staff.token }))).toBe('OK');
    // As another process would: straight in the database, without this process being told.
    await app.sql("UPDATE accounts SET roles = '{}' WHERE id = $1", [accountId]);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(codeOf(await graphql(app, STAFF_QUERY, {}, { token: staff.token }))).toBe('FORBIDDEN');
    await app.sql("UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'logout' WHERE account_id = $1 AND revoked_at IS NULL", [
      accountId,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(codeOf(await graphql(app, ME, {}, { token: staff.token }))).toBe('UNAUTHENTICATED');
  });
});

import request from 'supertest';
import { linkTokenFrom, signedInAccount, STRONG_PASSWORD, uniqueEmail } from './support/accounts.js';
import { ACCOUNT_FIELDS, graphql } from './support/graphql.js';
import { eidLoginAtDevProvider, TestBrowser } from './support/identity-verification.js';
import { startServer, type RunningServer } from './support/running-server.js';

const START = 'mutation($input: StartEidSignInInput) { startEidSignIn(input: $input) { authorizationUrl expiresAt } }';
const PENDING = '{ pendingEidSignIn { givenName familyName level expiresAt } }';
const OPEN = 'mutation($input: OpenAccountWithEidInput!) { openAccountWithEid(input: $input) { email verificationEmailSent } }';
const LINK = `mutation($input: LinkEidToAccountInput!) { linkEidToAccount(input: $input) { accessToken account { ${ACCOUNT_FIELDS} } } }`;
const REFRESH = `mutation { refreshSession { accessToken account { ${ACCOUNT_FIELDS} } } }`;

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string };

describe('sign in with eID instead of a password', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server.close();
  });

  /** GraphQL as the browser sends it: with the browser's cookies for /graphql, keeping the ones it sets. */
  const gql = async (browser: TestBrowser, query: string, variables: Record<string, unknown> = {}, language = 'en') => {
    const cookie = ['bo_refresh', 'bo_eid_pending']
      .filter((name) => browser.cookie(name))
      .map((name) => `${name}=${browser.cookie(name)}`)
      .join('; ');
    let call = request(server.http).post('/graphql').set('content-type', 'application/json').set('accept-language', language);
    if (cookie) call = call.set('cookie', cookie);
    const response = await call.send({ query, variables });
    browser.store(response.headers['set-cookie'] as unknown as string[] | undefined);
    return response.body as { data: any; errors?: { message: string; extensions: { code: string; reason?: string } }[] };
  };

  /** Starts the sign-in in `browser`, picks `identity` at the dev eID provider, follows the callback; returns where it lands. */
  const signInWithEid = async (browser: TestBrowser, identity: string | 'cancel', returnTo?: string) => {
    const started = await gql(browser, START, { input: returnTo ? { returnTo } : null });
    expect(started.errors).toBeUndefined();
    expect(browser.cookie('bo_eid_state')).toBeTruthy();
    const { callbackUrl } = await eidLoginAtDevProvider(
      server.baseUrl,
      started.data.startEidSignIn.authorizationUrl,
      browser,
      identity === 'cancel' ? 'cancel' : { identity },
    );
    const response = await browser.request(callbackUrl.href);
    expect(response.status).toBe(303);
    return new URL(response.headers.get('location')!);
  };

  it('opens an account for an unknown eID identity (e-mail verified as usual), then signs it in with the eID at level high', async () => {
    const browser = new TestBrowser(server.baseUrl);
    const landing = await signInWithEid(browser, 'erika', '/residency/apply');
    expect(landing.pathname).toBe('/login/eid');
    expect(landing.searchParams.get('result')).toBe('new_identity');
    expect(landing.searchParams.get('returnTo')).toBe('/residency/apply');
    expect(browser.cookie('bo_refresh')).toBeUndefined();
    expect(browser.cookie('bo_eid_pending')).toBeTruthy();

    // Another browser learns nothing.
    expect((await gql(new TestBrowser(server.baseUrl), PENDING)).data.pendingEidSignIn).toBeNull();
    expect((await gql(browser, PENDING)).data.pendingEidSignIn).toMatchObject({
      givenName: 'Erika',
      familyName: 'Mustermann',
      level: 'high',
    });

    const email = uniqueEmail('eid');
    const opened = await gql(browser, OPEN, { input: { email, preferredLanguage: 'de' } });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openAccountWithEid).toEqual({ email, verificationEmailSent: true });
    expect(browser.cookie('bo_eid_pending')).toBeUndefined();
    const [account] = await server.sql<{ id: string; assurance_level: string; email_verified_at: Date | null; preferred_language: string }>(
      'SELECT id, assurance_level, email_verified_at, preferred_language FROM accounts WHERE email = $1',
      [email],
    );
    expect(account).toMatchObject({ assurance_level: 'high', email_verified_at: null, preferred_language: 'de' });
    expect(
      await server.sql('SELECT given_name, family_name, level, method FROM verified_identities WHERE account_id = $1', [account.id]),
    ).toEqual([{ given_name: 'Erika', family_name: 'Mustermann', level: 'high', method: 'eid' }]);
    // The ticket is spent.
    const again = new TestBrowser(server.baseUrl);
    again.store(`bo_eid_pending=whatever-${Date.now()}; Path=/graphql`);
    expect((await gql(again, OPEN, { input: { email: uniqueEmail(), preferredLanguage: 'en' } })).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EID_SIGN_IN_EXPIRED',
    });

    // Not before the e-mail address is confirmed …
    const early = await signInWithEid(new TestBrowser(server.baseUrl), 'erika');
    expect(early.searchParams.get('result')).toBe('email_not_verified');
    await graphql(server, 'mutation($token: String!) { verifyEmail(token: $token) }', {
      token: await linkTokenFrom(server, email, 'verify_email'),
    });

    // … then the eID signs the account in: a session like a password login's, with the eID's level.
    const signedIn = new TestBrowser(server.baseUrl);
    const done = await signInWithEid(signedIn, 'erika', '/residency/apply');
    expect(done.pathname + done.search).toBe('/login/eid?result=signed_in&returnTo=%2Fresidency%2Fapply');
    expect(signedIn.cookie('bo_refresh')).toBeTruthy();
    const session = await gql(signedIn, REFRESH);
    expect(session.errors).toBeUndefined();
    expect(session.data.refreshSession.account).toMatchObject({ email, assuranceLevel: 'high', emailVerified: true });
    expect(claimsOf(session.data.refreshSession.accessToken).sub).toBe(account.id);
    const me = await graphql<any>(server, '{ me { assuranceLevel } }', {}, { token: session.data.refreshSession.accessToken });
    expect(me.data.me.assuranceLevel).toBe('high');
    const logins = await server.sql<{ details: { method: string } }>(
      "SELECT details FROM audit_events WHERE action = 'auth.login' AND actor_account_id = $1",
      [account.id],
    );
    expect(logins.map((row) => row.details.method)).toEqual(['eid']);
  });

  it('links an unknown eID identity to an existing account once its password is confirmed, and signs in', async () => {
    const owner = await signedInAccount(server);
    const browser = new TestBrowser(server.baseUrl);
    expect((await signInWithEid(browser, 'camille')).searchParams.get('result')).toBe('new_identity');

    const wrong = await gql(browser, LINK, { input: { email: owner.email, password: 'not-the-password-123' } }, 'de');
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(await server.sql('SELECT 1 FROM verified_identities WHERE account_id = $1', [owner.account.id])).toHaveLength(0);

    const linked = await gql(browser, LINK, { input: { email: owner.email, password: STRONG_PASSWORD } });
    expect(linked.errors).toBeUndefined();
    expect(linked.data.linkEidToAccount.account).toMatchObject({ id: owner.account.id, assuranceLevel: 'high' });
    expect(claimsOf(linked.data.linkEidToAccount.accessToken).sub).toBe(owner.account.id);
    expect(browser.cookie('bo_refresh')).toBeTruthy();
    expect(browser.cookie('bo_eid_pending')).toBeUndefined();

    // From now on the eID signs this account in.
    const next = new TestBrowser(server.baseUrl);
    expect((await signInWithEid(next, 'camille')).searchParams.get('result')).toBe('signed_in');
    expect((await gql(next, REFRESH)).data.refreshSession.account.id).toBe(owner.account.id);

    // And no other account can take it, by verification or by linking.
    const other = await signedInAccount(server);
    const verifyStart = await graphql<any>(server, 'mutation { startEidVerification { authorizationUrl } }', {}, { token: other.token });
    const otherBrowser = new TestBrowser(server.baseUrl);
    otherBrowser.store(verifyStart.headers['set-cookie'] as string[]);
    const { callbackUrl } = await eidLoginAtDevProvider(
      server.baseUrl,
      verifyStart.data.startEidVerification.authorizationUrl,
      otherBrowser,
      { identity: 'camille' },
    );
    const refused = new URL((await otherBrowser.request(callbackUrl.href)).headers.get('location')!);
    expect(refused.searchParams.get('result')).toBe('identity_in_use');
  });

  it('refuses to link an eID identity to an account verified as another person', async () => {
    const owner = await signedInAccount(server);
    const first = new TestBrowser(server.baseUrl);
    expect((await signInWithEid(first, 'arjun')).searchParams.get('result')).toBe('new_identity');
    expect((await gql(first, LINK, { input: { email: owner.email, password: STRONG_PASSWORD } })).errors).toBeUndefined();

    // The account is Arjun's now; another person's eID cannot be linked to it.
    const browser = new TestBrowser(server.baseUrl);
    expect((await signInWithEid(browser, 'erika')).searchParams.get('result')).toBe('signed_in');
    const intruder = new TestBrowser(server.baseUrl);
    await server.sql("DELETE FROM verified_identities WHERE source_subject = 'erika'");
    expect((await signInWithEid(intruder, 'erika')).searchParams.get('result')).toBe('new_identity');
    const mismatch = await gql(intruder, LINK, { input: { email: owner.email, password: STRONG_PASSWORD } });
    expect(mismatch.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDENTITY_MISMATCH' });
  });

  it('reports a cancelled eID sign-in on the sign-in page, and refuses another site as return address', async () => {
    const browser = new TestBrowser(server.baseUrl);
    const landing = await signInWithEid(browser, 'cancel', '/cards');
    expect(landing.pathname).toBe('/login/eid');
    expect(landing.searchParams.get('result')).toBe('cancelled');
    expect(landing.searchParams.get('returnTo')).toBe('/cards');
    expect(browser.cookie('bo_refresh')).toBeUndefined();

    const evil = await gql(browser, START, { input: { returnTo: 'https://evil.example/' } });
    expect(evil.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

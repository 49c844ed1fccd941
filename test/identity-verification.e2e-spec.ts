import { AssuranceLevel } from '../src/common/auth/assurance-level.js';
import type { Actor } from '../src/common/auth/actor.js';
import { DomainException } from '../src/common/errors/domain.exception.js';
import { Translator } from '../src/common/i18n/translator.js';
import { EidAuthorizationCleanupJob } from '../src/identity-verification/eid/eid-authorization-cleanup.job.js';
import { VerifiedIdentities } from '../src/identity-verification/verified-identities.service.js';
import { signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import {
  eidLoginAtDevProvider,
  TestBrowser,
  TEST_IDENTITY,
  verifyIdentityForTest,
  verifyWithDevEid,
} from './support/identity-verification.js';
import { startServer, type RunningServer } from './support/running-server.js';

const STATUS = `query { myIdentityVerification {
  assuranceLevel videoIdentificationAvailable videoIdentificationUrl
  verifiedIdentity { givenName familyName birthDate nationality placeOfBirth level method verifiedAt }
  pendingVideoIdentification { id status }
  latestVideoIdentification { id status rejectionReason decidedAt }
} }`;
const START_EID = 'mutation($input: StartEidVerificationInput) { startEidVerification(input: $input) { authorizationUrl expiresAt } }';
const START_VIDEO =
  'mutation($input: StartVideoIdentificationInput) { startVideoIdentification(input: $input) { url session { id status } } }';

describe('identity verification: eID over OpenID Connect and video identification', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ VIDEO_IDENT_SANDBOX_DECISION_DELAY_SECONDS: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
  });

  afterAll(async () => {
    await server.close();
  });

  const status = async (token: string) => {
    const response = await graphql(server, STATUS, {}, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.myIdentityVerification;
  };

  /** Signs in, starts the eID login in a fresh browser that holds the state cookie. */
  const startEid = async (returnTo?: string) => {
    const person = await signedInAccount(server);
    const browser = new TestBrowser(server.baseUrl);
    const started = await graphql<{ startEidVerification: { authorizationUrl: string } }>(
      server,
      START_EID,
      { input: returnTo ? { returnTo } : null },
      { token: person.token },
    );
    expect(started.errors).toBeUndefined();
    browser.store(started.headers['set-cookie']);
    expect(browser.cookie('bo_eid_state')).toBeTruthy();
    return { person, browser, authorizationUrl: started.data!.startEidVerification.authorizationUrl };
  };

  const callback = async (browser: TestBrowser, url: URL | string) => {
    const response = await browser.request(url.toString());
    expect(response.status).toBe(303);
    return new URL(response.headers.get('location')!);
  };

  const expectUnchanged = async (token: string, accountId: unknown) => {
    const current = await status(token);
    expect(current.assuranceLevel).toBe('low');
    expect(current.verifiedIdentity).toBeNull();
    expect((await server.sql('SELECT 1 FROM verified_identities WHERE account_id = $1', [accountId])).length).toBe(0);
  };

  it('runs the authorization code flow with the dev eID provider: identity stored from the ID token, level raised, audited', async () => {
    const { person, browser, authorizationUrl } = await startEid();
    const authorization = new URL(authorizationUrl);
    expect(authorization.origin + authorization.pathname).toBe(`${server.baseUrl}/dev/eid/auth`);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('prompt')).toBe('login');

    const { callbackUrl } = await eidLoginAtDevProvider(server.baseUrl, authorizationUrl, browser, { identity: 'camille' });
    expect(callbackUrl.searchParams.get('code')).toBeTruthy();
    const landing = await callback(browser, callbackUrl);
    expect(landing.href).toBe(`${server.baseUrl}/identity?result=verified`);

    const current = await status(person.token);
    expect(current.assuranceLevel).toBe('high');
    expect(current.verifiedIdentity).toMatchObject({
      givenName: 'Camille',
      familyName: 'Dubois',
      birthDate: '1985-03-04',
      nationality: 'FR',
      placeOfBirth: 'Lyon',
      level: 'high',
      method: 'eid',
    });
    const [account] = await server.sql<{ assurance_level: string }>('SELECT assurance_level FROM accounts WHERE id = $1', [
      person.account.id,
    ]);
    expect(account.assurance_level).toBe('high');
    const audit = await server.sql('SELECT details FROM audit_events WHERE action = $1 AND subject_id = $2', [
      'identity_verification.verified',
      person.account.id,
    ]);
    expect(audit).toHaveLength(1);

    // A refreshed session carries the new level in its token.
    const refreshed = await graphql<{ refreshSession: { accessToken: string } }>(
      server,
      'mutation { refreshSession { accessToken } }',
      {},
      { refreshCookie: person.refreshCookie },
    );
    const claims = JSON.parse(Buffer.from(refreshed.data!.refreshSession.accessToken.split('.')[1], 'base64url').toString());
    expect(claims.aal).toBe('high');

    // A second identification in the same browser reads the card again (no silent reuse of the eID session).
    const again = await graphql<{ startEidVerification: { authorizationUrl: string } }>(
      server,
      START_EID,
      {},
      { token: (await signedInAccount(server)).token },
    );
    browser.store(again.headers['set-cookie']);
    const secondPicker = await browser.follow(
      again.data!.startEidVerification.authorizationUrl,
      (location) => location.pathname === '/api/identity/eid/callback',
    );
    expect(secondPicker.location).toBeUndefined();
    expect(await secondPicker.response.text()).toContain('data-testid="eid-identity-erika"');

    // The same callback again is refused and changes nothing.
    const before = await server.sql('SELECT verified_at FROM verified_identities WHERE account_id = $1', [person.account.id]);
    const replay = await callback(browser, callbackUrl);
    expect(replay.searchParams.get('result')).toBe('already_used');
    expect(await server.sql('SELECT verified_at FROM verified_identities WHERE account_id = $1', [person.account.id])).toEqual(before);
  });

  it('returns to a same-site path given at the start, with level substantial for the substantial test identity', async () => {
    const { person, browser, authorizationUrl } = await startEid('/company/7d5e2f8c-1111-4a4a-9b9b-123456789abc?tab=steps');
    const { callbackUrl } = await eidLoginAtDevProvider(server.baseUrl, authorizationUrl, browser, { identity: 'arjun' });
    const landing = await callback(browser, callbackUrl);
    expect(landing.pathname).toBe('/company/7d5e2f8c-1111-4a4a-9b9b-123456789abc');
    expect(landing.searchParams.get('tab')).toBe('steps');
    expect(landing.searchParams.get('identityResult')).toBe('verified');
    const current = await status(person.token);
    expect(current.assuranceLevel).toBe('substantial');
    expect(current.verifiedIdentity).toMatchObject({ givenName: 'Arjun', familyName: 'Sharma', nationality: 'IN', level: 'substantial' });
  });

  it('the verifyWithDevEid helper runs the whole identification for other tests', async () => {
    const person = await signedInAccount(server);
    const landing = await verifyWithDevEid(server, person.token, 'erika');
    expect(landing.pathname + landing.search).toBe('/identity?result=verified');
    expect((await status(person.token)).verifiedIdentity).toMatchObject({
      givenName: 'Erika',
      familyName: 'Mustermann',
      nationality: 'DE',
      level: 'high',
    });
  });

  it('refuses a return address of another site', async () => {
    const person = await signedInAccount(server);
    for (const returnTo of ['https://evil.example/phish', '//evil.example', '/\\evil.example']) {
      const response = await graphql(server, START_EID, { input: { returnTo } }, { token: person.token });
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions.details?.[0].field).toBe('returnTo');
    }
    expect((await server.sql('SELECT 1 FROM eid_authorizations WHERE account_id = $1', [person.account.id])).length).toBe(0);
  });

  it('refuses a tampered state and a callback from another browser, without any change', async () => {
    const { person, browser, authorizationUrl } = await startEid();
    const { callbackUrl } = await eidLoginAtDevProvider(server.baseUrl, authorizationUrl, browser, { identity: 'erika' });
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', `${callbackUrl.searchParams.get('state')}x`);
    expect((await callback(browser, tampered)).searchParams.get('result')).toBe('invalid_state');
    await expectUnchanged(person.token, person.account.id);

    // The genuine callback opened in a browser that did not start the login (e.g. a link sent to someone).
    const otherBrowser = new TestBrowser(server.baseUrl);
    expect((await callback(otherBrowser, callbackUrl)).searchParams.get('result')).toBe('invalid_state');
    await expectUnchanged(person.token, person.account.id);
    // …and that state is spent: not even the right browser can use it afterwards.
    expect((await callback(browser, callbackUrl)).searchParams.get('result')).toBe('already_used');
    await expectUnchanged(person.token, person.account.id);

    const unknown = await callback(browser, `${server.baseUrl}/api/identity/eid/callback?code=abc&state=not-a-state`);
    expect(unknown.searchParams.get('result')).toBe('invalid_state');
    const noState = await callback(browser, `${server.baseUrl}/api/identity/eid/callback?code=abc`);
    expect(noState.searchParams.get('result')).toBe('invalid_state');
  });

  it('refuses an expired state', async () => {
    const { person, browser, authorizationUrl } = await startEid();
    const { callbackUrl } = await eidLoginAtDevProvider(server.baseUrl, authorizationUrl, browser, { identity: 'erika' });
    await server.sql("UPDATE eid_authorizations SET expires_at = now() - interval '1 second' WHERE account_id = $1", [person.account.id]);
    expect((await callback(browser, callbackUrl)).searchParams.get('result')).toBe('expired');
    await expectUnchanged(person.token, person.account.id);
  });

  it('limits how often one account starts identifications', async () => {
    const person = await signedInAccount(server);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const response = await graphql(server, attempt % 2 ? START_VIDEO : START_EID, {}, { token: person.token });
      expect(response.errors).toBeUndefined();
    }
    const limited = await graphql(server, START_EID, {}, { token: person.token });
    expect(limited.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    const other = await signedInAccount(server);
    expect((await graphql(server, START_EID, {}, { token: other.token })).errors).toBeUndefined();
  });

  it('deletes started logins a day after they expired', async () => {
    const { person } = await startEid();
    await server.sql("UPDATE eid_authorizations SET expires_at = now() - interval '25 hours' WHERE account_id = $1", [person.account.id]);
    const { person: recent } = await startEid();
    expect(await server.app.get(EidAuthorizationCleanupJob, { strict: false }).run()).toBeGreaterThanOrEqual(1);
    expect(await server.sql('SELECT 1 FROM eid_authorizations WHERE account_id = $1', [person.account.id])).toHaveLength(0);
    expect(await server.sql('SELECT 1 FROM eid_authorizations WHERE account_id = $1', [recent.account.id])).toHaveLength(1);
  });

  it('refuses an ID token whose nonce does not match', async () => {
    const { person, browser, authorizationUrl } = await startEid();
    const { callbackUrl } = await eidLoginAtDevProvider(server.baseUrl, authorizationUrl, browser, { identity: 'erika' });
    await server.sql("UPDATE eid_authorizations SET nonce = 'a-different-nonce-than-sent' WHERE account_id = $1", [person.account.id]);
    expect((await callback(browser, callbackUrl)).searchParams.get('result')).toBe('verification_failed');
    await expectUnchanged(person.token, person.account.id);
  });

  it('refuses a wrong PKCE verifier (a stolen code is useless)', async () => {
    const { person, browser, authorizationUrl } = await startEid();
    const { callbackUrl } = await eidLoginAtDevProvider(server.baseUrl, authorizationUrl, browser, { identity: 'erika' });
    await server.sql(
      "UPDATE eid_authorizations SET code_verifier = 'wrong-verifier-wrong-verifier-wrong-verifier-000' WHERE account_id = $1",
      [person.account.id],
    );
    expect((await callback(browser, callbackUrl)).searchParams.get('result')).toBe('verification_failed');
    await expectUnchanged(person.token, person.account.id);
  });

  it('reports a cancelled login and a refused card, without any change', async () => {
    const cancelled = await startEid('/company/7d5e2f8c-1111-4a4a-9b9b-123456789abc');
    const cancelledLogin = await eidLoginAtDevProvider(server.baseUrl, cancelled.authorizationUrl, cancelled.browser, 'cancel');
    expect(cancelledLogin.callbackUrl.searchParams.get('error')).toBe('access_denied');
    const landing = await callback(cancelled.browser, cancelledLogin.callbackUrl);
    expect(landing.pathname).toBe('/identity');
    expect(landing.searchParams.get('result')).toBe('cancelled');
    expect(landing.searchParams.get('returnTo')).toBe('/company/7d5e2f8c-1111-4a4a-9b9b-123456789abc');
    await expectUnchanged(cancelled.person.token, cancelled.person.account.id);

    const blocked = await startEid();
    const blockedLogin = await eidLoginAtDevProvider(server.baseUrl, blocked.authorizationUrl, blocked.browser, { identity: 'blocked' });
    expect((await callback(blocked.browser, blockedLogin.callbackUrl)).searchParams.get('result')).toBe('refused');
    await expectUnchanged(blocked.person.token, blocked.person.account.id);
    const failures = await server.sql<{ details: { outcome: string } }>(
      'SELECT details FROM audit_events WHERE action = $1 AND subject_id = $2',
      ['identity_verification.eid_failed', blocked.person.account.id],
    );
    expect(failures.map((row) => row.details.outcome)).toEqual(['refused']);
  });

  it('refuses a proof of another person than the one already verified', async () => {
    const person = await signedInAccount(server);
    await verifyIdentityForTest(server, person.account.id as string, 'substantial');
    const browser = new TestBrowser(server.baseUrl);
    const started = await graphql<{ startEidVerification: { authorizationUrl: string } }>(server, START_EID, {}, { token: person.token });
    browser.store(started.headers['set-cookie']);
    const { callbackUrl } = await eidLoginAtDevProvider(server.baseUrl, started.data!.startEidVerification.authorizationUrl, browser, {
      identity: 'camille',
    });
    expect((await callback(browser, callbackUrl)).searchParams.get('result')).toBe('identity_mismatch');
    const current = await status(person.token);
    expect(current.assuranceLevel).toBe('substantial');
    expect(current.verifiedIdentity).toMatchObject({ givenName: TEST_IDENTITY.givenName, familyName: TEST_IDENTITY.familyName });
  });

  it('video identification in the sandbox: approved with the data shown in the call, level substantial', async () => {
    const person = await signedInAccount(server);
    const started = await graphql<{ startVideoIdentification: { url: string; session: { id: string; status: string } } }>(
      server,
      START_VIDEO,
      { input: { returnTo: '/identity' } },
      { token: person.token },
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.startVideoIdentification.session.status).toBe('pending');
    const sandboxUrl = started.data!.startVideoIdentification.url;
    expect(sandboxUrl.startsWith(`${server.baseUrl}/dev/video-ident-sandbox/sessions/`)).toBe(true);
    expect((await status(person.token)).videoIdentificationUrl).toBe(sandboxUrl);

    const browser = new TestBrowser(server.baseUrl);
    const page = await browser.request(sandboxUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-testid="video-sandbox-givenName"');

    const invalid = await browser.request(sandboxUrl, {
      form: { givenName: 'Priya', familyName: 'Nair', birthDate: '1992-13-01', nationality: 'IN' },
    });
    expect(invalid.status).toBe(400);
    expect((await status(person.token)).pendingVideoIdentification.status).toBe('pending');

    const submitted = await browser.request(sandboxUrl, {
      form: { givenName: 'Priya', familyName: 'Nair', birthDate: '1992-02-01', nationality: 'IND', placeOfBirth: 'Kochi' },
    });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get('location')).toBe(`${server.baseUrl}/identity?video=submitted`);

    const decided = await waitFor(async () => {
      const current = await status(person.token);
      return current.latestVideoIdentification.status === 'approved' ? current : null;
    });
    expect(decided.assuranceLevel).toBe('substantial');
    expect(decided.pendingVideoIdentification).toBeNull();
    expect(decided.verifiedIdentity).toMatchObject({
      givenName: 'Priya',
      familyName: 'Nair',
      birthDate: '1992-02-01',
      nationality: 'IN',
      placeOfBirth: 'Kochi',
      level: 'substantial',
      method: 'video',
    });
    const mails = await server.mailbox.list(person.email);
    expect(mails.filter((mail) => mail.template === 'identityVerification.video_approved')).toHaveLength(1);

    // Nothing more to do by video once verified; the ended call cannot be submitted again.
    const again = await graphql(server, START_VIDEO, {}, { token: person.token });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const resubmit = await browser.request(sandboxUrl, {
      form: { givenName: 'Other', familyName: 'Person', birthDate: '1990-01-01', nationality: 'DE' },
    });
    expect(resubmit.status).toBe(200);
    expect((await status(person.token)).verifiedIdentity.givenName).toBe('Priya');
  });

  it('video identification in the sandbox: rejected, nothing verified', async () => {
    const person = await signedInAccount(server);
    const started = await graphql<{ startVideoIdentification: { url: string } }>(server, START_VIDEO, {}, { token: person.token });
    const browser = new TestBrowser(server.baseUrl);
    await browser.request(started.data!.startVideoIdentification.url, {
      form: { givenName: 'Rejectina', familyName: 'Tester', birthDate: '1980-05-05', nationality: 'DE' },
    });
    const decided = await waitFor(async () => {
      const current = await status(person.token);
      return current.latestVideoIdentification.status === 'rejected' ? current : null;
    });
    expect(decided.latestVideoIdentification.rejectionReason).toBe('document_not_accepted');
    const mails = await server.mailbox.list(person.email);
    expect(mails.map((mail) => mail.template)).toContain('identityVerification.video_rejected');
    await expectUnchanged(person.token, person.account.id);
  });

  it('a pending video call is resumed, not duplicated; one in review blocks a new start', async () => {
    const person = await signedInAccount(server);
    const first = await graphql<{ startVideoIdentification: { url: string; session: { id: string } } }>(
      server,
      START_VIDEO,
      {},
      { token: person.token },
    );
    const second = await graphql<{ startVideoIdentification: { url: string; session: { id: string } } }>(
      server,
      START_VIDEO,
      {},
      { token: person.token },
    );
    expect(second.data!.startVideoIdentification.session.id).toBe(first.data!.startVideoIdentification.session.id);
    expect(second.data!.startVideoIdentification.url).toBe(first.data!.startVideoIdentification.url);
    await server.sql("UPDATE video_identification_sessions SET status = 'in_review' WHERE account_id = $1", [person.account.id]);
    const blocked = await graphql(server, START_VIDEO, {}, { token: person.token });
    expect(blocked.errors?.[0].extensions.reason).toBe('VIDEO_PENDING');
  });

  it('unknown sandbox sessions are not found', async () => {
    const response = await fetch(`${server.baseUrl}/dev/video-ident-sandbox/sessions/sbx_unknown`);
    expect(response.status).toBe(404);
  });

  it('requireAssurance reads the current level from the database and refuses with a localized ASSURANCE_TOO_LOW', async () => {
    const person = await signedInAccount(server);
    const identities = server.app.get(VerifiedIdentities, { strict: false });
    const actor: Actor = {
      accountId: person.account.id as string,
      sessionFamilyId: 'test',
      roles: [],
      assuranceLevel: AssuranceLevel.high,
      language: 'en',
    };
    const refusal = await identities.requireAssurance(actor, AssuranceLevel.substantial).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainException);
    expect((refusal as DomainException).code).toBe('ASSURANCE_TOO_LOW');
    expect((refusal as DomainException).options.params).toEqual({ required: 'substantial' });
    const translator = server.app.get(Translator, { strict: false });
    const english = translator.t('en', `errors:${(refusal as DomainException).messageKey}`);
    const german = translator.t('de', `errors:${(refusal as DomainException).messageKey}`);
    expect(english).toMatch(/verified identity/);
    expect(german).toMatch(/geprüfte Identität/);

    await verifyIdentityForTest(server, person.account.id as string, 'substantial');
    await expect(identities.requireAssurance(actor, AssuranceLevel.substantial)).resolves.toMatchObject({
      givenName: TEST_IDENTITY.givenName,
      level: 'substantial',
    });
    await expect(identities.requireAssurance(actor, AssuranceLevel.high)).rejects.toMatchObject({
      code: 'ASSURANCE_TOO_LOW',
      options: { params: { required: 'high' } },
    });

    // A weaker proof never lowers the level nor replaces the stronger identity.
    await verifyIdentityForTest(server, person.account.id as string, 'high');
    await verifyIdentityForTest(server, person.account.id as string, 'substantial', { method: 'video' });
    const current = await status(person.token);
    expect(current.assuranceLevel).toBe('high');
    expect(current.verifiedIdentity).toMatchObject({ level: 'high', method: 'eid' });
    const many = await identities.ofMany([person.account.id as string, '00000000-0000-4000-8000-000000000000']);
    expect([...many.keys()]).toEqual([person.account.id]);
  });

  it('nobody reads another account’s verified identity', async () => {
    const owner = await signedInAccount(server);
    await verifyIdentityForTest(server, owner.account.id as string, 'high', { givenName: 'Owner' });
    const other = await signedInAccount(server);
    const seen = await status(other.token);
    expect(seen.verifiedIdentity).toBeNull();
    expect(seen.assuranceLevel).toBe('low');
    const anonymous = await graphql(server, STATUS, {});
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    const anonymousStart = await graphql(server, START_EID, {});
    expect(anonymousStart.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

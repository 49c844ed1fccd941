import pg from 'pg';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { signedInAccount } from './support/accounts.js';
import { grantResidency } from './support/cards.js';
import { outcomes, RESPONSIVE_WITHIN_MS, secondConnectionRequests, whileProbing } from './support/concurrency.js';

const REQUEST = `mutation($input: RequestCitizenCardInput!) { requestCitizenCard(input: $input) { id status cardId } }`;
const CALLS = 100;

/**
 * One resident sending many card requests at once must neither freeze the server for everyone else
 * (every transaction works on its one connection; waits are bounded) nor get more than one request.
 */
describe.each([
  ['with a fee', '1500'],
  ['without a fee', '0'],
])('citizen card requests under concurrency, %s', (_label, fee) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: fee });
  });

  afterAll(async () => {
    await app?.close();
  });

  it(`answers ${CALLS} concurrent requests of one resident with one card request, while /health and another person's "me" keep answering`, async () => {
    const resident = await signedInAccount(app);
    await grantResidency(app, String(resident.account.id));
    const bystander = await signedInAccount(app);

    const { result: responses, responsiveness } = await whileProbing(app, bystander.token, () =>
      Promise.all(
        Array.from({ length: CALLS }, (_, index) =>
          graphql<any>(app, REQUEST, { input: { idempotencyKey: `burst-key-${index}` } }, { token: resident.token }),
        ),
      ),
    );

    const [{ requests }] = await app.sql<{ requests: number }>(
      'SELECT count(*)::int AS requests FROM card_requests WHERE account_id = $1',
      [resident.account.id],
    );
    const [{ cards }] = await app.sql<{ cards: number }>('SELECT count(*)::int AS cards FROM citizen_cards WHERE account_id = $1', [
      resident.account.id,
    ]);
    expect({ requests, cards: fee === '0' ? cards : 1 }).toEqual({ requests: 1, cards: 1 });
    const [stored] = await app.sql<{ id: string }>('SELECT id FROM card_requests WHERE account_id = $1', [resident.account.id]);
    // Every answer is the one request, or CONFLICT (the card exists already).
    const answers = responses.map((response) => response.data?.requestCitizenCard?.id ?? null).filter(Boolean);
    expect(new Set(answers)).toEqual(new Set([stored.id]));
    const counted = outcomes(responses);
    expect(Object.keys(counted).filter((label) => label !== 'ok' && label !== 'CONFLICT:CARD_EXISTS')).toEqual([]);

    expect(responsiveness.failures).toEqual([]);
    expect(responsiveness.probes).toBeGreaterThan(0);
    expect(responsiveness.slowestHealthMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(responsiveness.slowestMeMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(secondConnectionRequests(app)).toBe(0);
  }, 60_000);

  it('answers a retry with the same key with the same request', async () => {
    const resident = await signedInAccount(app);
    await grantResidency(app, String(resident.account.id));
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        graphql<any>(app, REQUEST, { input: { idempotencyKey: 'one-key-for-all' } }, { token: resident.token }),
      ),
    );
    expect(outcomes(responses)).toEqual({ ok: 10 });
    expect(new Set(responses.map((response) => response.data.requestCitizenCard.id)).size).toBe(1);
  }, 30_000);
});

describe('a lock held too long', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '1500', DB_LOCK_TIMEOUT_MS: '300' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it("answers BUSY (RATE_LIMITED with Retry-After, in the caller's language) after lock_timeout instead of waiting on", async () => {
    const resident = await signedInAccount(app, undefined, undefined, 'de');
    await grantResidency(app, String(resident.account.id));
    // Another session holds the resident's card-request lock (as a stuck transaction would).
    const holder = new pg.Client({ connectionString: app.databaseUrl });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock(hashtext($1))', [`card-request:${resident.account.id}`]);
      const started = Date.now();
      const refused = await graphql(app, REQUEST, { input: { idempotencyKey: 'blocked-by-lock' } }, { token: resident.token });
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(refused.errors?.[0]).toMatchObject({
        message: 'Der Dienst ist gerade ausgelastet. Bitte versuchen Sie es in 2 Sekunden erneut.',
        extensions: { code: 'RATE_LIMITED', reason: 'BUSY', retryAfterSeconds: 2 },
      });
    } finally {
      await holder.end();
    }
    const retried = await graphql<any>(app, REQUEST, { input: { idempotencyKey: 'blocked-by-lock' } }, { token: resident.token });
    expect(retried.errors).toBeUndefined();
    expect(retried.data.requestCitizenCard.status).toBe('awaiting_payment');
  }, 30_000);
});

/**
 * POST /api/partner/v1/verifications (bench mode, real PostgreSQL, every verification logged) against
 * a bare Node HTTP server that does only the unavoidable work with the same caching as the app, the
 * durable part included: seen-before and the log row in the same PostgreSQL, committed before the
 * answer (bench/support/bare-verify-server.ts); alternating rounds, the load generator in its own
 * process. CPU per request counts the server process and the PostgreSQL processes together.
 * Goal (issue 19): ≥ 0.6 of the bare server, p99 < 50 ms at 100 connections.
 * Run: `npm run bench:verify` (builds first). Prints figures; asserts nothing.
 */
import getPort from 'get-port';
import { webcrypto } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { livePresentation, readCredentialClaims, SdJwtCardVerifier, type DeviceSigningKey } from '../packages/card-verifier/src/index.js';
import { liveCode, presentationMessage } from '../packages/shared/src/index.js';
import { BENCH_PASSWORD, benchAccount, gql, startBenchApp } from './support/bench-app.js';
import { runIfMain } from './support/main.js';
import { parentPidOf, processTree, ROOT, startNode, stop, waitForPort } from './support/processes.js';
import { alternate } from './support/rounds.js';

const CONNECTIONS = 100;
const BARE = 'bare node:http + crypto + pg (cached, logged)';
const CARDS = Number(process.env.BENCH_CARDS ?? 20);
const PRESENTATIONS = Number(process.env.BENCH_PRESENTATIONS ?? 4000);

type Phone = { credential: string; credentialId: string; privateKey: webcrypto.CryptoKey };

async function phoneWithCard(baseUrl: string, sql: pg.Client): Promise<Phone> {
  const resident = await benchAccount(baseUrl, sql, ['resident']);
  await sql.query(
    `INSERT INTO residencies (account_id, categories, district, holder_given_name, holder_family_name, status, valid_from, valid_until)
     VALUES ($1, '{student}', 'bochum', 'Erika', 'Mustermann', 'active', now(), now() + interval '365 days')`,
    [resident.id],
  );
  await gql(
    baseUrl,
    'mutation($i: RequestCitizenCardInput!) { requestCitizenCard(input: $i) { id } }',
    { i: { idempotencyKey: `bench-${resident.id}` } },
    resident.token,
  );
  const { myCitizenCards } = await gql(baseUrl, '{ myCitizenCards { id } }', {}, resident.token);
  const keyPair = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const { kty, crv, x, y } = await webcrypto.subtle.exportKey('jwk', keyPair.publicKey);
  const { activateCardOnDevice } = await gql(
    baseUrl,
    'mutation($i: ActivateCardInput!) { activateCardOnDevice(input: $i) { id credential } }',
    { i: { cardId: myCitizenCards[0].id, devicePublicKey: { kty, crv, x, y } } },
    resident.token,
  );
  return { credential: activateCardOnDevice.credential, credentialId: activateCardOnDevice.id, privateKey: keyPair.privateKey };
}

/**
 * Distinct live codes, all fresh for the next minute (each device signature is randomized): an SD-JWT
 * VC presentation with a Key Binding JWT for cards issued as SD-JWT VC (what the phone shows), else
 * the older `BOP1` code.
 */
async function presentations(phones: Phone[], count: number, offerId: string): Promise<string[]> {
  // Dated 80 s ahead: fresh (±90 s) from 10 s ago until 170 s from now, longer than the rounds take
  // on a loaded machine; a stale code would be refused cheaply and flatter the app.
  const at = Date.now() + 80_000;
  const bodies: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const phone = phones[i % phones.length];
    const now = at - (i % 5) * 1000;
    let code: string;
    if (SdJwtCardVerifier.isSdJwt(phone.credential)) {
      code = await livePresentation(phone.credential, phone.privateKey as unknown as DeviceSigningKey, {
        audience: readCredentialClaims(phone.credential).iss,
        now,
      });
    } else {
      const timestamp = Math.floor(now / 1000);
      const signature = await webcrypto.subtle.sign(
        { name: 'ECDSA', hash: 'SHA-256' },
        phone.privateKey,
        new TextEncoder().encode(presentationMessage(phone.credentialId, timestamp)),
      );
      code = liveCode(phone.credential, timestamp, Buffer.from(signature).toString('base64url'));
    }
    bodies.push(JSON.stringify({ code, offerId }));
  }
  return bodies;
}

export async function run() {
  const app = await startBenchApp('verify', {
    FEE_CITIZEN_CARD_CENTS: '0',
    PARTNER_RATE_LIMIT_PER_MINUTE: '10000000',
  });
  const baseUrl = app.baseUrl;
  let bare: ReturnType<typeof startNode> | undefined;
  const sql = new pg.Client({ connectionString: app.databaseUrl });
  try {
    await sql.connect();
    const staff = await benchAccount(baseUrl, sql, ['staff_citizens_office']);
    const { createVenue } = await gql(
      baseUrl,
      'mutation($i: CreateVenueInput!) { createVenue(input: $i) { id } }',
      { i: { name: 'Stadtbad Bochum', kind: 'pool', address: 'Massenbergstraße 9, 44787 Bochum', district: 'bochum' } },
      staff.token,
    );
    const { createOffer } = await gql(
      baseUrl,
      'mutation($i: OfferInput!) { createOffer(input: $i) { id } }',
      {
        i: {
          venueId: createVenue.id,
          titleDe: 'Ermäßigte Tageskarte',
          titleEn: 'Reduced day ticket',
          discountPercent: 50,
          categories: ['student'],
          validFrom: '2020-01-01',
        },
      },
      staff.token,
    );
    const operator = await benchAccount(baseUrl, sql, []);
    await gql(
      baseUrl,
      'mutation($i: AssignVenueOperatorInput!) { assignVenueOperator(input: $i) { id } }',
      { i: { venueId: createVenue.id, email: operator.email } },
      staff.token,
    );
    const { login } = await gql(baseUrl, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email: operator.email, password: BENCH_PASSWORD },
    });
    const { createVenueApiKey } = await gql(
      baseUrl,
      'mutation($i: CreateApiKeyInput!) { createVenueApiKey(input: $i) { key } }',
      { i: { name: 'Kasse 1' } },
      login.accessToken,
    );
    const phones: Phone[] = [];
    for (let i = 0; i < CARDS; i += 1) phones.push(await phoneWithCard(baseUrl, sql));

    const url = `${baseUrl}/api/partner/v1/verifications`;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${createVenueApiKey.key}` };
    // The app caches its status list (STATUS_LIST_CACHE_SECONDS, 30 s): wait until it knows every new card.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const verdicts = await Promise.all(
        (await presentations(phones, phones.length, createOffer.id)).map(async (body) => {
          const response = await fetch(url, { method: 'POST', headers, body });
          return (await response.json()) as { valid: boolean; eligible: boolean };
        }),
      );
      const refused = verdicts.find((verdict) => !verdict.valid || !verdict.eligible);
      if (!refused) break;
      if (Date.now() > deadline) throw new Error(`setup: ${JSON.stringify(refused)}`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    const barePort = await getPort({ host: '127.0.0.1' });
    const jwks = await (await fetch(`${baseUrl}/.well-known/jwks.json`)).text();
    const [{ id: apiKeyId }] = (await sql.query('SELECT id FROM venue_api_keys WHERE venue_id = $1', [createVenue.id])).rows;
    bare = startNode(path.join(ROOT, 'dist/bench/support/bare-verify-server.js'), {
      PORT: String(barePort),
      ISSUER_JWKS: jwks,
      DATABASE_URL: app.databaseUrl,
      VENUE_ID: createVenue.id,
      OFFER_ID: createOffer.id,
      API_KEY: createVenueApiKey.key,
      API_KEY_ID: apiKeyId,
      AUDIENCE: baseUrl,
    });
    await waitForPort(barePort);
    // Presentations stay fresh for 90 s: the rounds take less (BENCH_SECONDS × rounds × 2 plus warm-up).
    const bodies = await presentations(phones, PRESENTATIONS, createOffer.id);
    // CPU per request: the server process plus the PostgreSQL it uses (the postmaster and its backends).
    const [{ pid: backendPid }] = (await sql.query('SELECT pg_backend_pid() AS pid')).rows;
    const postmaster = parentPidOf(backendPid);
    const bareServer = bare;
    const measuredFrom = new Date();
    const comparison = await alternate({
      title: `verify (${PRESENTATIONS} presentations of ${CARDS} cards)`,
      connections: CONNECTIONS,
      seconds: Number(process.env.BENCH_SECONDS ?? 5),
      targets: [
        {
          name: 'app POST /api/partner/v1/verifications',
          url,
          headers,
          bodies,
          cpuPids: () => [app.pid, ...processTree(postmaster)],
          serverPid: () => app.pid,
        },
        {
          name: BARE,
          url: `http://127.0.0.1:${barePort}/`,
          headers,
          bodies,
          cpuPids: () => [bareServer.pid!, ...processTree(postmaster)],
          serverPid: () => bareServer.pid!,
        },
      ],
      ratios: [{ subject: 'app POST /api/partner/v1/verifications', baseline: BARE, goal: 0.6 }],
    });
    const [{ logged, refused }] = (
      await sql.query(
        'SELECT count(*)::int AS logged, count(*) FILTER (WHERE NOT valid OR NOT eligible)::int AS refused FROM venue_verifications WHERE verified_at >= $1',
        [measuredFrom],
      )
    ).rows;
    // Every answer must have been a full verification: a refusal (e.g. a stale code) costs less.
    if (refused > 0) throw new Error(`${refused} verifications were refused: the figures do not measure full verifications`);
    console.log(`  ${logged} verifications logged (app and bare); goal p99 < 50 ms at ${CONNECTIONS} connections`);
    return { ...comparison, verificationsLogged: logged };
  } finally {
    await sql.end().catch(() => undefined);
    if (bare) await stop(bare);
    await app.stop();
  }
}

runIfMain(import.meta.url, run);

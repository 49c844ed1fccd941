/**
 * POST /api/partner/v1/verifications (production mode, real PostgreSQL) against a bare Node HTTP
 * server that does only the unavoidable work (bench/support/bare-verify-server.ts), in the same run.
 * Targets (issue 5): ≥ 0.5 of the bare server's throughput, ≥ 3,000 req/s, p99 < 25 ms.
 * Run: `npm run bench:verify` (builds first). Prints figures; asserts nothing.
 */
import autocannon from 'autocannon';
import getPort from 'get-port';
import { randomBytes, webcrypto } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { liveCode, presentationMessage } from '../packages/shared/src/index.js';
import { startProductionApp } from './support/production-app.js';
import { ROOT, startNode, stop } from './support/processes.js';

const CONNECTIONS = 100;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CARDS = Number(process.env.BENCH_CARDS ?? 20);
const PRESENTATIONS = Number(process.env.BENCH_PRESENTATIONS ?? 4000);
const PASSWORD = 'Benchmark-Passphrase-Ruhr-2026';

type Phone = { credential: string; credentialId: string; privateKey: webcrypto.CryptoKey };

async function gql(baseUrl: string, query: string, variables: object = {}, token?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Registers, marks verified, sets roles, signs in: the token carries the roles. */
async function account(baseUrl: string, sql: pg.Client, roles: string[]) {
  const email = `bench.${randomBytes(6).toString('hex')}@example.org`;
  await gql(baseUrl, 'mutation($i: RegisterInput!) { register(input: $i) { email } }', {
    i: { email, password: PASSWORD, preferredLanguage: 'de' },
  });
  const [{ id }] = (
    await sql.query('UPDATE accounts SET email_verified_at = now(), roles = $2 WHERE email = $1 RETURNING id', [email, roles])
  ).rows;
  const { login } = await gql(baseUrl, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { email, password: PASSWORD },
  });
  return { id: id as string, email, token: login.accessToken as string };
}

async function phoneWithCard(baseUrl: string, sql: pg.Client): Promise<Phone> {
  const resident = await account(baseUrl, sql, ['resident']);
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

/** Distinct live codes, all fresh for the next minute (each device signature is randomized). */
async function presentations(phones: Phone[], count: number, offerId: string): Promise<string[]> {
  const at = Math.floor(Date.now() / 1000);
  const bodies: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const phone = phones[i % phones.length];
    const timestamp = at - (i % 30);
    const signature = await webcrypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      phone.privateKey,
      new TextEncoder().encode(presentationMessage(phone.credentialId, timestamp)),
    );
    bodies.push(JSON.stringify({ code: liveCode(phone.credential, timestamp, Buffer.from(signature).toString('base64url')), offerId }));
  }
  return bodies;
}

async function load(url: string, headers: Record<string, string>, bodies: string[], seconds = DURATION_SECONDS) {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ method: 'POST', headers, setupRequest: (request: any) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSecond: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

async function main() {
  mkdirSync(path.join(ROOT, '.data'), { recursive: true });
  const dataDir = mkdtempSync(path.join(ROOT, '.data', 'bench-verify-'));
  const {
    baseUrl,
    databaseUrl,
    stop: stopApp,
  } = await startProductionApp(dataDir, {
    FEE_CITIZEN_CARD_CENTS: '0',
    PARTNER_RATE_LIMIT_PER_MINUTE: '10000000',
  });
  let bare: ReturnType<typeof startNode> | undefined;
  const sql = new pg.Client({ connectionString: databaseUrl });
  try {
    await sql.connect();
    const staff = await account(baseUrl, sql, ['staff_citizens_office']);
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
    const operator = await account(baseUrl, sql, []);
    await gql(
      baseUrl,
      'mutation($i: AssignVenueOperatorInput!) { assignVenueOperator(input: $i) { id } }',
      { i: { venueId: createVenue.id, email: operator.email } },
      staff.token,
    );
    const { login } = await gql(baseUrl, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email: operator.email, password: PASSWORD },
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
    const probe = await fetch(url, { method: 'POST', headers, body: (await presentations(phones, 1, createOffer.id))[0] });
    const verdict = (await probe.json()) as { valid: boolean; eligible: boolean };
    if (!verdict.valid || !verdict.eligible) throw new Error(`setup: ${JSON.stringify(verdict)}`);
    await load(url, headers, await presentations(phones, PRESENTATIONS, createOffer.id), 3); // warm-up
    const api = await load(url, headers, await presentations(phones, PRESENTATIONS, createOffer.id));
    const [{ logged }] = (await sql.query('SELECT count(*)::int AS logged FROM venue_verifications')).rows;

    const barePort = await getPort({ host: '127.0.0.1' });
    const jwks = await (await fetch(`${baseUrl}/.well-known/jwks.json`)).text();
    bare = startNode(path.join(ROOT, 'dist/bench/support/bare-verify-server.js'), { PORT: String(barePort), ISSUER_JWKS: jwks });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const bareBodies = await presentations(phones, PRESENTATIONS, createOffer.id);
    await load(`http://127.0.0.1:${barePort}/`, { 'content-type': 'application/json' }, bareBodies, 3);
    const baseline = await load(`http://127.0.0.1:${barePort}/`, { 'content-type': 'application/json' }, bareBodies);

    const line = (label: string, figures: { requestsPerSecond: number; p50Ms: number; p99Ms: number }) =>
      `${label.padEnd(34)} ${String(figures.requestsPerSecond).padStart(6)} req/s  p50 ${figures.p50Ms} ms  p99 ${figures.p99Ms} ms`;
    console.log(`${CONNECTIONS} connections, ${DURATION_SECONDS} s, ${PRESENTATIONS} presentations of ${CARDS} cards`);
    console.log(line('bare node:http + node:crypto', baseline));
    console.log(line('POST /api/partner/v1/verifications', api));
    console.log(
      `ratio ${(api.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} (target ≥ 0.5), target ≥ 3,000 req/s, p99 < 25 ms; ${logged} verifications logged`,
    );
  } finally {
    await sql.end().catch(() => undefined);
    if (bare) await stop(bare);
    await stopApp();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

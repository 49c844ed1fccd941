// The baseline for bench:verify: the unavoidable work per request with the same caching as the app.
// - An SD-JWT VC presentation (cards issued now; packages/card-verifier, which caches only the
//   issuer's keys): check the issuer's ES256 signature and each disclosure's digest, import the device
//   key from `cnf`, check the Key Binding JWT (type, nonce, audience, age, `sd_hash` over the presented
//   SD-JWT, ES256 signature) and the credential's expiry, on every request.
// - A `BOP1` code (cards issued before; packages/shared CredentialCache): check the issuer's Ed25519
//   signature once per credential and keep its claims with the imported device key; check the
//   device's P-256 signature on every request.
// All with node:crypto. Then the same durable, cross-process work as the app, done the cheapest way:
// the API key checked against a cached hash, the card's pseudonym (HMAC), and one group-committed
// statement per batch (node-postgres, a pool as large as the app's) that remembers the code at the
// venue (`venue_presentations_seen`, seen before?) and writes the verification log row; the answer
// waits for its row's commit and carries the seen-before verdict. Not included: the shared rate
// limit, which costs the app one statement per lease of ~100 requests.
import { createHash, createHmac, createPublicKey, randomUUID, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { parseCode, presentationMessage } from '../../packages/shared/src/index.js';

const VENUE_ID = process.env.VENUE_ID!;
const OFFER_ID = process.env.OFFER_ID!;
const API_KEY_ID = process.env.API_KEY_ID!;
/** The Key Binding JWT audience the presentations are made for (the venue). */
const AUDIENCE = process.env.AUDIENCE!;
const API_KEY_HASH = createHash('sha256').update(process.env.API_KEY!).digest('hex');
const REMEMBER_MS = 180_000;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });

interface Row {
  id: string;
  pseudonym: string;
  digest: string;
  at: Date;
  done: (repeated: boolean) => void;
  failed: (error: unknown) => void;
}
let queue: Row[] = [];
let writing = false;

/** Group commit: rows arriving during one statement go together in the next. */
function writeNext(): void {
  if (writing || queue.length === 0) return;
  writing = true;
  const batch = queue.slice(0, 1000);
  queue = queue.slice(batch.length);
  const firsts = new Set<string>();
  const remember = batch.map((row) => (firsts.has(row.digest) ? null : (firsts.add(row.digest), new Date(row.at.getTime() + REMEMBER_MS))));
  pool
    .query({
      // Named, so prepared once per connection, as the app's pool prepares a statement it runs often (DB_PREPARED_STATEMENTS).
      name: 'log-verifications',
      text: `WITH u AS (SELECT * FROM unnest($1::uuid[], $2::char(43)[], $3::char(43)[], $4::timestamptz[], $5::timestamptz[]) AS u(id, pseudonym, digest, at, remember_until)),
       remembered AS (
         INSERT INTO venue_presentations_seen (venue_id, digest, expires_at) SELECT $6, digest, remember_until FROM u WHERE remember_until IS NOT NULL ORDER BY digest
         ON CONFLICT (venue_id, digest) DO UPDATE SET expires_at = EXCLUDED.expires_at
           WHERE venue_presentations_seen.expires_at <= EXCLUDED.expires_at - $9::int * interval '1 millisecond'
         RETURNING digest),
       logged AS (
         INSERT INTO venue_verifications (id, venue_id, offer_id, api_key_id, channel, valid, eligible, reason, card_pseudonym, categories, presentation_digest, repeated_presentation, verified_at)
         SELECT u.id, $6, $7, $8, 'api', true, true, null, u.pseudonym, '{student}', u.digest,
                u.remember_until IS NULL OR NOT EXISTS (SELECT 1 FROM remembered r WHERE r.digest = u.digest), u.at FROM u)
       SELECT digest FROM remembered`,
      values: [
        batch.map((row) => row.id),
        batch.map((row) => row.pseudonym),
        batch.map((row) => row.digest),
        batch.map((row) => row.at),
        remember,
        VENUE_ID,
        OFFER_ID,
        API_KEY_ID,
        REMEMBER_MS,
      ],
    })
    .then(
      ({ rows }) => {
        const fresh = new Set(rows.map((row: { digest: string }) => row.digest));
        batch.forEach((row, index) => row.done(remember[index] === null || !fresh.has(row.digest)));
      },
      (error: unknown) => batch.forEach((row) => row.failed(error)),
    )
    .finally(() => {
      writing = false;
      writeNext();
    });
}

const record = (signature: string, card: string) =>
  new Promise<boolean>((done, failed) => {
    queue.push({
      id: randomUUID(),
      pseudonym: createHmac('sha256', `bench-secret:${VENUE_ID}`).update(card).digest('base64url'),
      digest: createHash('sha256').update(signature).digest('base64url'),
      at: new Date(),
      done,
      failed,
    });
    writeNext();
  });

const issuerKeys = new Map<string, KeyObject>(
  (JSON.parse(process.env.ISSUER_JWKS!) as { keys: (JsonWebKey & { kid: string })[] }).keys.map((jwk) => [
    jwk.kid,
    createPublicKey({ key: jwk, format: 'jwk' }),
  ]),
);
const verified = new Map<string, { jti: string; device: KeyObject }>();

function credentialOf(credential: string): { jti: string; device: KeyObject } | null {
  const cached = verified.get(credential);
  if (cached) return cached;
  const [header, payload, signature] = credential.split('.');
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString());
  const issuer = issuerKeys.get(kid);
  if (!issuer || !verify(null, Buffer.from(`${header}.${payload}`), issuer, Buffer.from(signature, 'base64url'))) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const entry = { jti: claims.jti as string, device: createPublicKey({ key: claims.cnf.jwk, format: 'jwk' }) };
  verified.set(credential, entry);
  return entry;
}

const json = (base64url: string) => JSON.parse(Buffer.from(base64url, 'base64url').toString());
const es256 = (data: string, key: KeyObject, signature: string) =>
  verify('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));

type Checked = { signature: string; card: string } | null;

function checkSdJwt(code: string): Checked {
  const cut = code.lastIndexOf('~');
  const presented = code.slice(0, cut + 1);
  const [kbHeader, kbPayload, kbSignature] = code.slice(cut + 1).split('.');
  const [jwt, ...disclosures] = presented.slice(0, -1).split('~');
  const [header, payload, signature] = jwt.split('.');
  const protectedHeader = json(header);
  const issuer = issuerKeys.get(protectedHeader.kid);
  if (protectedHeader.typ !== 'dc+sd-jwt' || !issuer || !es256(`${header}.${payload}`, issuer, signature)) return null;
  const claims = json(payload);
  // Each disclosure one the issuer signed a digest of, once, for a claim the payload does not have.
  const seen = new Set<string>();
  for (const disclosure of disclosures) {
    const digest = createHash('sha256').update(disclosure).digest('base64url');
    const [, name, value] = json(disclosure);
    if (!claims._sd?.includes(digest) || seen.has(digest) || name in claims) return null;
    seen.add(digest);
    claims[name] = value;
  }
  const device = createPublicKey({ key: claims.cnf.jwk, format: 'jwk' });
  const bindingHeader = json(kbHeader);
  const binding = json(kbPayload);
  return bindingHeader.typ === 'kb+jwt' &&
    typeof binding.nonce === 'string' &&
    binding.aud === AUDIENCE &&
    binding.sd_hash === createHash('sha256').update(presented).digest('base64url') &&
    Math.abs(Date.now() / 1000 - binding.iat) <= 90 &&
    claims.exp > Date.now() / 1000 &&
    es256(`${kbHeader}.${kbPayload}`, device, kbSignature)
    ? { signature: kbSignature, card: String(claims.status?.status_list?.idx) }
    : null;
}

function check(code: string): Checked {
  if (code.includes('~')) return checkSdJwt(code);
  const parsed = parseCode(code);
  if (!parsed || parsed.kind !== 'live') return null;
  const credential = credentialOf(parsed.credential);
  return credential !== null &&
    verify(
      'sha256',
      Buffer.from(presentationMessage(credential.jti, parsed.timestamp)),
      { key: credential.device, dsaEncoding: 'ieee-p1363' },
      Buffer.from(parsed.signature, 'base64url'),
    )
    ? { signature: parsed.signature, card: credential.jti }
    : null;
}

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const key = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const checked = key && createHash('sha256').update(key).digest('hex') === API_KEY_HASH ? check(JSON.parse(body).code) : null;
    if (!checked) {
      response.writeHead(500).end();
      return;
    }
    record(checked.signature, checked.card).then(
      (repeatedPresentation) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ valid: true, eligible: true, reason: null, repeatedPresentation }));
      },
      () => response.writeHead(500).end(),
    );
  });
}).listen(Number(process.env.PORT), '127.0.0.1');

import { exportJWK } from 'jose';
import request from 'supertest';
import { CardVerifier, liveCode, presentationMessage, type Verdict } from '../../packages/shared/src/index.js';
import {
  livePresentation,
  readCredentialClaims,
  SdJwtCardVerifier,
  type CardVerdict,
  type VerifyOptions,
} from '../../packages/card-verifier/src/index.js';
import type { TestApp } from './test-app.js';

/**
 * Arranges an approved residency straight in the database (the residency flow itself is tested in
 * residency.e2e-spec.ts): what the cards domain needs to issue a card.
 */
export async function grantResidency(
  app: TestApp,
  accountId: string,
  options: { categories?: string[]; district?: string; validDays?: number } = {},
) {
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO residencies (account_id, categories, district, holder_given_name, holder_family_name, status, valid_from, valid_until)
     VALUES ($1, $2, $3, 'Erika', 'Mustermann', 'active', now(), now() + make_interval(days => $4)) RETURNING id`,
    [accountId, options.categories ?? ['student'], options.district ?? 'bochum', options.validDays ?? 365],
  );
  await app.sql(`UPDATE accounts SET roles = array_append(roles, 'resident') WHERE id = $1 AND NOT 'resident' = ANY(roles)`, [accountId]);
  return row.id;
}

/**
 * A phone: a WebCrypto P-256 key pair that signs presentations, as the client does: an SD-JWT VC
 * with a Key Binding JWT (audience: the issuer, or `audience`), or the older `BOP1` code.
 */
export async function newDevice() {
  const keyPair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const { kty, crv, x, y } = await exportJWK(keyPair.publicKey);
  return {
    publicKey: { kty: kty!, crv: crv!, x: x!, y: y! },
    privateKey: keyPair.privateKey,
    async present(credential: string, credentialId: string, at = Date.now(), audience?: string) {
      if (SdJwtCardVerifier.isSdJwt(credential)) {
        return livePresentation(credential, keyPair.privateKey, { audience: audience ?? readCredentialClaims(credential).iss, now: at });
      }
      const timestamp = Math.floor(at / 1000);
      const signature = await crypto.subtle.sign(
        { name: 'ECDSA', hash: 'SHA-256' },
        keyPair.privateKey,
        new TextEncoder().encode(presentationMessage(credentialId, timestamp)),
      );
      return liveCode(credential, timestamp, Buffer.from(signature).toString('base64url'));
    },
  };
}

/** The issuer metadata, its keys, and both published status lists, as a venue fetches them. */
export async function publishedMaterial(app: TestApp) {
  const metadata = await request(app.http).get('/.well-known/jwt-vc-issuer');
  const statusList = await request(app.http).get('/api/partner/v1/status-list');
  const tokenList = await request(app.http).get('/api/partner/v1/status-lists/1');
  if (metadata.status !== 200 || statusList.status !== 200 || tokenList.status !== 200)
    throw new Error(`metadata ${metadata.status}, status list ${statusList.status}, token status list ${tokenList.status}`);
  return {
    issuer: metadata.body.issuer as string,
    jwks: metadata.body.jwks,
    statusList: statusList.text,
    statusListJwt: tokenList.text,
  };
}

/**
 * A verifier as a venue would build it from the published keys and status lists: the SD-JWT VC
 * verifier of packages/card-verifier, and the older one for `BOP1`/`BOS1` codes.
 */
export async function publishedVerifier(app: TestApp, now = Date.now()) {
  const material = await publishedMaterial(app);
  const legacy = await CardVerifier.create(material.jwks, material.statusList, now);
  const sdJwt = await SdJwtCardVerifier.create(material, now);
  return {
    issuer: material.issuer,
    verify(code: string, options: VerifyOptions = {}): Promise<CardVerdict | Verdict> {
      return SdJwtCardVerifier.isSdJwt(code)
        ? sdJwt.verify(code, { audiences: [material.issuer], ...options })
        : legacy.verify(code, options);
    },
  };
}

/**
 * Waits until the account's paid card request has become a card (the payment's webhook, then the
 * `payment.succeeded.cards` job). On timeout it fails with what the server knows — the request, the
 * payment and that job's attempts — so that a slow or failing issuance is told apart from a page
 * that did not update.
 */
export async function waitForIssuedCard(app: TestApp, accountId: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [issued] = await app.sql(`SELECT 1 FROM card_requests WHERE account_id = $1 AND status = 'issued'`, [accountId]);
    if (issued) return;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const requests = await app.sql(`SELECT id, status, created_at FROM card_requests WHERE account_id = $1`, [accountId]);
  const payments = await app.sql(`SELECT id, status, subject_id, paid_at, failure_reason FROM payments WHERE payer_account_id = $1`, [
    accountId,
  ]);
  const jobs = await app.sql(
    `SELECT name, state, retry_count, created_on, started_on, completed_on, output FROM pgboss.job
      WHERE name LIKE 'payment.%' ORDER BY created_on`,
  );
  throw new Error(`no card issued after ${timeoutMs} ms: ${JSON.stringify({ requests, payments, jobs }, null, 1)}`);
}

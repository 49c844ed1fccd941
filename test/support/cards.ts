import { exportJWK } from 'jose';
import request from 'supertest';
import { CardVerifier, liveCode, presentationMessage } from '../../packages/shared/src/index.js';
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

/** A phone: a WebCrypto P-256 key pair that signs presentations, as the client does. */
export async function newDevice() {
  const keyPair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const { kty, crv, x, y } = await exportJWK(keyPair.publicKey);
  return {
    publicKey: { kty: kty!, crv: crv!, x: x!, y: y! },
    async present(credential: string, credentialId: string, at = Date.now()) {
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

/** A verifier as a venue would build it: the published keys and the published status list. */
export async function publishedVerifier(app: TestApp, now = Date.now()): Promise<CardVerifier> {
  const jwks = await request(app.http).get('/.well-known/jwks.json');
  const statusList = await request(app.http).get('/api/partner/v1/status-list');
  if (jwks.status !== 200 || statusList.status !== 200)
    throw new Error(`keys ${jwks.status}, status list ${statusList.status}: ${statusList.text}`);
  return CardVerifier.create(jwks.body, statusList.text, now);
}

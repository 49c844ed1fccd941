import { inflateSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { getListFromStatusListJWT } from '@sd-jwt/jwt-status-list';
import { verifySDJWT } from '@meeco/sd-jwt';
import { compactVerify, decodeProtectedHeader, importJWK, jwtVerify, type JWK } from 'jose';
import QRCode from 'qrcode';
import request from 'supertest';
import { CitizenCardService } from '../src/cards/citizen-card.service.js';
import { CardIssuerService } from '../src/cards/issuer/card-issuer.service.js';
import { VerificationLogWriter } from '../src/venues/partner/verification-log.writer.js';
import { CREDENTIAL_TYPE } from '../packages/shared/src/index.js';
import { printedPresentation, SdJwtCardVerifier, selectDisclosures } from '../packages/card-verifier/src/index.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { accountWithRoles } from './support/accounts.js';
import { newDevice, publishedMaterial } from './support/cards.js';
import { createApiKey, residentWithPhone, venueWithOperator } from './support/venues.js';

/**
 * QR versions a cheap scanner still reads from a phone screen and from a printed ID-1 card: the live
 * code at level L as the phone shows it (client/src/cards/QrCode.tsx), the printed one at level M as the PDF prints it.
 */
const MAX_QR_VERSION = 25;

const decodePart = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const disclosuresOf = (sdJwt: string) =>
  sdJwt
    .split('~')
    .slice(1)
    .filter(Boolean)
    .filter((part) => !part.includes('.'))
    .map((part) => decodePart(part) as [string, string, unknown]);

/** Every string anywhere in `value`, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe('the citizen card as SD-JWT VC', () => {
  let app: TestApp;
  let staff: string;

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '0', STATUS_LIST_CACHE_SECONDS: '0', PARTNER_RATE_LIMIT_PER_MINUTE: '100' });
    staff = (await accountWithRoles(app, ['staff_citizens_office'])).token;
  });

  afterAll(async () => {
    await app.close();
  });

  it('issues an ES256 SD-JWT VC with the vct, status reference, device binding and the name selectively disclosable', async () => {
    const resident = await residentWithPhone(app, ['student', 'commuter']);
    const [jwt] = resident.credential.split('~');
    const header = decodeProtectedHeader(jwt);
    const payload = decodePart(jwt.split('.')[1]);
    const metadata = await request(app.http).get('/.well-known/jwt-vc-issuer');
    expect(metadata.status).toBe(200);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'dc+sd-jwt', kid: expect.stringMatching(/^e[0-9a-f]{10}$/) });
    const issuerKey = metadata.body.jwks.keys.find((key: JWK) => key.kid === header.kid);
    expect(issuerKey).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(metadata.body.jwks.keys.some((key: JWK) => key.kty === 'OKP' && key.alg === 'EdDSA')).toBe(true);
    await compactVerify(jwt, await importJWK(issuerKey, 'ES256'));
    expect(payload).toMatchObject({
      iss: metadata.body.issuer,
      vct: `${metadata.body.issuer}/vct/citizen-card`,
      card_number: resident.card.number.replace(/\s/g, ''),
      categories: ['student', 'commuter'],
      district: 'bochum',
      status: { status_list: { idx: resident.statusListIndex, uri: metadata.body.status_list_uri } },
      cnf: { jwk: { kty: 'EC', crv: 'P-256' } },
      _sd_alg: 'sha-256',
    });
    expect(payload.name).toBeUndefined();
    expect(payload._sd).toHaveLength(1);
    expect(JSON.stringify(payload)).not.toMatch(/Erika|Mustermann/);
    expect(disclosuresOf(resident.credential).map(([, name, value]) => [name, value])).toEqual([['name', 'Erika Mustermann']]);
    // No verified identity here, so no birth year: it is disclosable only where a verified identity gives it.

    const typeMetadata = await request(app.http).get(new URL(payload.vct).pathname);
    expect(typeMetadata.status).toBe(200);
    expect(typeMetadata.body).toMatchObject({
      vct: payload.vct,
      claims: expect.arrayContaining([{ path: ['name'], display: expect.any(Array), sd: 'always' }]),
    });
    expect((await request(app.http).get('/.well-known/vct/citizen-card')).body.vct).toBe(payload.vct);
  });

  it('serves the IETF Token Status List as specified, with caching headers, and a revoked card reads as revoked', async () => {
    const resident = await residentWithPhone(app);
    const first = await request(app.http).get('/api/partner/v1/status-lists/1');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/statuslist\+jwt/);
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const unchanged = await request(app.http).get('/api/partner/v1/status-lists/1').set('if-none-match', first.headers.etag);
    expect(unchanged.status).toBe(304);

    const header = decodeProtectedHeader(first.text);
    expect(header).toMatchObject({ typ: 'statuslist+jwt', alg: 'ES256' });
    const claims = decodePart(first.text.split('.')[1]);
    expect(claims).toMatchObject({
      sub: `${app.config.publicUrl}/api/partner/v1/status-lists/1`,
      status_list: { bits: 2, lst: expect.any(String) },
    });
    expect(Object.keys(claims)).not.toContain('bits');
    // ZLIB (RFC 1950): a zlib header, not raw DEFLATE.
    expect(() => inflateSync(Buffer.from(claims.status_list.lst, 'base64url'))).not.toThrow();
    expect(getListFromStatusListJWT(first.text).getStatus(resident.statusListIndex)).toBe(0);

    const revoked = await graphql<any>(
      app,
      'mutation($input: CardStatusChangeInput!) { revokeCitizenCard(input: $input) { status } }',
      { input: { cardId: resident.card.id, reason: 'Missbrauch' } },
      { token: staff },
    );
    expect(revoked.errors).toBeUndefined();
    const after = await request(app.http).get('/api/partner/v1/status-lists/1');
    expect(after.headers.etag).not.toBe(first.headers.etag);
    const jwks = (await request(app.http).get('/.well-known/jwks.json')).body;
    const key = jwks.keys.find((candidate: JWK) => candidate.kid === decodeProtectedHeader(after.text).kid);
    await jwtVerify(after.text, await importJWK(key, 'ES256'), { typ: 'statuslist+jwt' });
    expect(getListFromStatusListJWT(after.text).getStatus(resident.statusListIndex)).toBe(1);
    // The older list stays served for cards not renewed yet.
    expect((await request(app.http).get('/api/partner/v1/status-list')).status).toBe(200);

    // The partner API's description (OpenAPI 3.1) lists what an offline verifier fetches.
    const openApi = (await request(app.http).get('/api/partner/docs-json')).body;
    expect(openApi.openapi).toBe('3.1.0');
    for (const path of [
      '/.well-known/jwt-vc-issuer',
      '/.well-known/jwks.json',
      '/api/partner/v1/status-lists/1',
      '/api/partner/v1/status-list',
    ]) {
      expect(openApi.paths[path]?.get).toBeDefined();
    }
    expect(JSON.stringify(openApi)).not.toContain('"nullable"');
  });

  it('verifies a live code at a venue without any name, and a printed card with the name, flagging its third use of the day', async () => {
    const { operator } = await venueWithOperator(app, staff);
    const { key } = await createApiKey(app, operator.token);
    const resident = await residentWithPhone(app);
    const verify = (code: string) =>
      request(app.http)
        .post('/api/partner/v1/verifications')
        .set('authorization', `Bearer ${key}`)
        .set('accept-language', 'en')
        .send({ code });

    const live = await verify(await resident.present());
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ valid: true, presentation: 'phone', holderName: null, notice: null, repeatedPresentation: false });
    for (const [path, value] of strings(live.body)) expect(`${path}=${value}`).not.toMatch(/Erika|Mustermann|\d{12}/);
    expect(disclosuresOf(await resident.present())).toEqual([]);

    const stale = await verify(await resident.present(Date.now() - 120_000));
    expect(stale.body).toMatchObject({ valid: false, reason: 'STALE_PRESENTATION' });

    const printed = printedPresentation((await app.app.get(CitizenCardService).staticCredential(resident.card.id)).jws);
    expect(printed.endsWith('~')).toBe(true);
    const uses = [];
    for (let use = 0; use < 3; use += 1) {
      uses.push((await verify(printed)).body);
      await app.app.get(VerificationLogWriter).flush();
    }
    expect(uses[0]).toMatchObject({
      valid: true,
      presentation: 'printed',
      holderName: 'Erika Mustermann',
      notice: 'Printed card: compare the name with a photo ID.',
      printedCardUsesToday: 1,
      repeatedPresentation: false,
    });
    expect(uses[1]).toMatchObject({ printedCardUsesToday: 2, repeatedPresentation: false });
    expect(uses[2]).toMatchObject({ valid: true, holderName: 'Erika Mustermann', printedCardUsesToday: 3, repeatedPresentation: true });

    // A printed code is no device credential: without key binding, a phone's credential is refused.
    const unbound = await verify(selectDisclosures(resident.credential, []));
    expect(unbound.body).toMatchObject({ valid: false, reason: 'INVALID_SIGNATURE' });
  });

  it('keeps both QR codes within version 25 (live at level L as the phone shows it, printed at level M)', async () => {
    const resident = await residentWithPhone(app);
    const live = await resident.present();
    const printed = printedPresentation((await app.app.get(CitizenCardService).staticCredential(resident.card.id)).jws);
    const sizes = {
      live: { bytes: Buffer.byteLength(live), version: QRCode.create(live, { errorCorrectionLevel: 'L' }).version },
      printed: { bytes: Buffer.byteLength(printed), version: QRCode.create(printed, { errorCorrectionLevel: 'M' }).version },
    };
    console.log(`QR sizes (byte mode; live level L, printed level M): ${JSON.stringify(sizes)}`);
    expect(sizes.live.version).toBeLessThanOrEqual(MAX_QR_VERSION);
    expect(sizes.printed.version).toBeLessThanOrEqual(MAX_QR_VERSION);
  });

  it('verifies offline with the venue verifier package, from the JWKS and status list alone', async () => {
    const resident = await residentWithPhone(app);
    const material = await publishedMaterial(app);
    const code = await resident.present();
    const printed = printedPresentation((await app.app.get(CitizenCardService).staticCredential(resident.card.id)).jws);
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new Error('network disabled in this test'));
    try {
      const verifier = await SdJwtCardVerifier.create(material);
      const verdict = await verifier.verify(code, { audiences: [material.issuer], requiredCategories: ['student'] });
      expect(verdict).toMatchObject({ valid: true, eligible: true, presentation: 'device', holderName: null });
      expect(verdict.card).toMatchObject({ id: resident.card.number.replace(/\s/g, ''), categories: ['student'], status: 'active' });
      expect(await verifier.verify(printed, {})).toMatchObject({ valid: true, presentation: 'static', holderName: 'Erika Mustermann' });
      // Wrong audience, another device, a tampered disclosure.
      expect((await verifier.verify(code, { audiences: ['someone-else'] })).reason).toBe('INVALID_SIGNATURE');
      const thief = await newDevice();
      expect(
        (await verifier.verify(await thief.present(resident.credential, resident.credentialId), { audiences: [material.issuer] })).reason,
      ).toBe('INVALID_SIGNATURE');
      const forgedName = Buffer.from(JSON.stringify(['salt', 'name', 'Max Muster'])).toString('base64url');
      expect((await verifier.verify(`${printed.split('~')[0]}~${forgedName}~`, {})).reason).toBe('INVALID_SIGNATURE');
      await expect(SdJwtCardVerifier.create(material, Date.now() + 365 * 86_400_000)).rejects.toThrow(/expired/);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('is verified by an independent SD-JWT implementation (@meeco/sd-jwt), disclosures and key binding included', async () => {
    const resident = await residentWithPhone(app);
    const metadata = (await request(app.http).get('/.well-known/jwt-vc-issuer')).body;
    const getHasher = async () => (data: string) => createHash('sha256').update(data).digest('base64url');
    const issuerVerifier = async (compact: string) => {
      const key = metadata.jwks.keys.find((candidate: JWK) => candidate.kid === decodeProtectedHeader(compact).kid);
      await compactVerify(compact, await importJWK(key, 'ES256'));
      return true;
    };
    const kbAudience = metadata.issuer;
    const live = await newDevice();
    void live;
    const code = await resident.present();
    let keyBindingChecked = false;
    const payload = await verifySDJWT(code, issuerVerifier, getHasher, {
      kb: {
        verifier: async (kbJwt: string, holderKey: JWK) => {
          const { payload: kb } = await jwtVerify(kbJwt, await importJWK(holderKey, 'ES256'), { typ: 'kb+jwt', audience: kbAudience });
          const presented = code.slice(0, code.lastIndexOf('~') + 1);
          expect(kb.sd_hash).toBe(createHash('sha256').update(presented).digest('base64url'));
          keyBindingChecked = true;
          return true;
        },
      },
    });
    expect(keyBindingChecked).toBe(true);
    expect(payload).toMatchObject({ card_number: resident.card.number.replace(/\s/g, ''), categories: ['student'] });
    expect(payload.name).toBeUndefined();

    const printed = printedPresentation((await app.app.get(CitizenCardService).staticCredential(resident.card.id)).jws);
    const disclosed = await verifySDJWT(printed, issuerVerifier, getHasher);
    expect(disclosed).toMatchObject({ name: 'Erika Mustermann', card_number: resident.card.number.replace(/\s/g, '') });
    expect(disclosed.cnf).toBeUndefined();
  });

  it('keeps an old BOP1/BOS1 card verifying until it is renewed; renewal issues the SD-JWT VC', async () => {
    const { operator } = await venueWithOperator(app, staff);
    const { key } = await createApiKey(app, operator.token);
    const resident = await residentWithPhone(app);
    await app.sql("UPDATE residencies SET valid_until = now() + interval '400 days' WHERE account_id = $1", [resident.account.id]);
    await app.sql("UPDATE citizen_cards SET valid_until = now() + interval '20 days' WHERE id = $1", [resident.card.id]);
    // A device credential as the older version issued it: an EdDSA JWS, presented as BOP1.
    const phone = await newDevice();
    const [row] = await app.sql<{ id: string; status_list_index: number }>(
      `INSERT INTO card_credentials (card_id, kind, device_jwk, jws) VALUES ($1, 'device', $2, '') RETURNING id, status_list_index`,
      [resident.card.id, phone.publicKey],
    );
    await app.sql(`UPDATE card_credentials SET superseded_at = now() WHERE card_id = $1 AND id <> $2 AND kind = 'device'`, [
      resident.card.id,
      row.id,
    ]);
    const now = Math.floor(Date.now() / 1000);
    const legacy = await app.app.get(CardIssuerService).sign(CREDENTIAL_TYPE, {
      jti: row.id,
      cid: resident.card.id,
      cat: ['student'],
      dst: 'bochum',
      nbf: now - 60,
      exp: now + 20 * 86_400,
      sli: row.status_list_index,
      cnf: { jwk: phone.publicKey },
    });
    await app.sql('UPDATE card_credentials SET jws = $1 WHERE id = $2', [legacy, row.id]);
    const verify = async (code: string) =>
      (await request(app.http).post('/api/partner/v1/verifications').set('authorization', `Bearer ${key}`).send({ code })).body;

    const old = await phone.present(legacy, row.id);
    expect(old.startsWith('BOP1.')).toBe(true);
    expect(await verify(old)).toMatchObject({ valid: true, presentation: 'phone', holderName: null });

    const renewed = await graphql<any>(
      app,
      'mutation($id: ID!) { renewCitizenCard(cardId: $id) { validUntil } }',
      { id: resident.card.id },
      { token: resident.token },
    );
    expect(renewed.errors).toBeUndefined();
    const current = (
      await graphql<any>(
        app,
        'query($id: ID!) { myCardCredential(cardId: $id) { id credential } }',
        { id: resident.card.id },
        { token: resident.token },
      )
    ).data.myCardCredential;
    expect(SdJwtCardVerifier.isSdJwt(current.credential)).toBe(true);
    expect(await verify(await phone.present(current.credential, current.id))).toMatchObject({ valid: true, presentation: 'phone' });
    expect(await verify(old)).toMatchObject({ valid: false, reason: 'REVOKED' });
  });
});

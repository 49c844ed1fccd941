import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { CREDENTIAL_TYPE, STATUS_LIST_TYPE, type CardCredentialClaims } from './card-credential.js';
import { liveCode, presentationMessage, staticCode } from './presentation-code.js';
import { encodeStatusList, StatusValue } from './status-list.js';
import { CardVerifier } from './verify-code.js';
import { CredentialCache } from './credential-cache.js';

const encoder = new TextEncoder();
const base64url = (bytes: ArrayBuffer) => Buffer.from(bytes).toString('base64url');

async function issuer(kid = 'card-issuer-1') {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  const sign = (type: string, claims: object) =>
    new CompactSign(encoder.encode(JSON.stringify(claims))).setProtectedHeader({ alg: 'EdDSA', typ: type, kid }).sign(privateKey);
  return { jwks: { keys: [jwk] }, sign };
}

async function device() {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const present = async (credential: string, credentialId: string, at: number) => {
    const signature = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      pair.privateKey,
      encoder.encode(presentationMessage(credentialId, at)),
    );
    return liveCode(credential, at, base64url(signature));
  };
  return { jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, present };
}

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
const nowSeconds = NOW / 1000;

describe('CardVerifier (verification core)', () => {
  let city: Awaited<ReturnType<typeof issuer>>;
  let phone: Awaited<ReturnType<typeof device>>;
  let statusList: string;

  const claims = (overrides: Partial<CardCredentialClaims> = {}): CardCredentialClaims => ({
    jti: 'cred-1',
    cid: 'card-1',
    cat: ['student'],
    dst: 'bochum',
    nbf: nowSeconds - 86_400,
    exp: nowSeconds + 86_400 * 365,
    sli: 0,
    cnf: { jwk: phone.jwk },
    ...overrides,
  });

  beforeAll(async () => {
    city = await issuer();
    phone = await device();
    statusList = await city.sign(STATUS_LIST_TYPE, {
      iss: 'https://e-residency.bochum.example',
      iat: nowSeconds,
      exp: nowSeconds + 3600,
      bits: 2,
      n: 8,
      lst: encodeStatusList(8, [
        [1, StatusValue.suspended],
        [2, StatusValue.revoked],
      ]),
    });
  });

  const verifier = () => CardVerifier.create(city.jwks, statusList, NOW);

  it('accepts a fresh live presentation and reports predicates only', async () => {
    const credential = await city.sign(CREDENTIAL_TYPE, claims());
    const verdict = await (await verifier()).verify(await phone.present(credential, 'cred-1', nowSeconds - 10), { now: NOW });
    expect(verdict).toMatchObject({ valid: true, eligible: true, reason: null, presentation: 'device' });
    expect(verdict.card).toEqual({
      id: 'card-1',
      credentialId: 'cred-1',
      status: 'active',
      validUntil: expect.any(String),
      categories: ['student'],
      district: 'bochum',
    });
    expect(verdict.presentationSignature).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses a presentation older than 90 seconds as STALE_PRESENTATION', async () => {
    const credential = await city.sign(CREDENTIAL_TYPE, claims());
    const code = await phone.present(credential, 'cred-1', nowSeconds);
    expect((await (await verifier()).verify(code, { now: NOW + 120_000 })).reason).toBe('STALE_PRESENTATION');
  });

  it('refuses tampered credentials, foreign issuers and signatures of another device', async () => {
    const credential = await city.sign(CREDENTIAL_TYPE, claims());
    const code = await phone.present(credential, 'cred-1', nowSeconds);
    const [prefix, header, payload, ...rest] = code.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims(), cat: ['student', 'commuter'] })).toString('base64url');
    expect((await (await verifier()).verify([prefix, header, forged, ...rest].join('.'), { now: NOW })).reason).toBe('INVALID_SIGNATURE');
    expect(payload).toBeTruthy();

    const stranger = await issuer('card-issuer-1');
    const foreign = await stranger.sign(CREDENTIAL_TYPE, claims());
    expect((await (await verifier()).verify(await phone.present(foreign, 'cred-1', nowSeconds), { now: NOW })).reason).toBe(
      'INVALID_SIGNATURE',
    );

    const thief = await device();
    expect((await (await verifier()).verify(await thief.present(credential, 'cred-1', nowSeconds), { now: NOW })).reason).toBe(
      'INVALID_SIGNATURE',
    );
    expect((await (await verifier()).verify(staticCode(credential), { now: NOW })).reason).toBe('INVALID_SIGNATURE');
  });

  it('reads suspension and revocation from the status list, and expiry from the credential', async () => {
    const check = async (overrides: Partial<CardCredentialClaims>) =>
      (
        await (
          await verifier()
        ).verify(await phone.present(await city.sign(CREDENTIAL_TYPE, claims(overrides)), 'cred-1', nowSeconds), { now: NOW })
      ).reason;
    expect(await check({ sli: 1 })).toBe('SUSPENDED');
    expect(await check({ sli: 2 })).toBe('REVOKED');
    expect(await check({ sli: 99 })).toBe('UNKNOWN_CARD');
    expect(await check({ exp: nowSeconds - 1 })).toBe('EXPIRED');
  });

  it('verifies a static (printed) credential and marks it as such', async () => {
    const credential = await city.sign(CREDENTIAL_TYPE, claims({ cnf: undefined, jti: 'cred-pdf', sli: 3 }));
    const verdict = await (await verifier()).verify(staticCode(credential), { now: NOW });
    expect(verdict).toMatchObject({ valid: true, presentation: 'static', presentationSignature: null });
  });

  it('tells whether the card qualifies for an offer', async () => {
    const credential = await city.sign(CREDENTIAL_TYPE, claims());
    const code = await phone.present(credential, 'cred-1', nowSeconds);
    expect(await (await verifier()).verify(code, { now: NOW, requiredCategories: ['commuter'] })).toMatchObject({
      valid: true,
      eligible: false,
      reason: 'NOT_ELIGIBLE',
    });
  });

  it('refuses codes that are not ours, and an expired or forged status list', async () => {
    expect((await (await verifier()).verify('https://example.org/not-a-card', { now: NOW })).reason).toBe('UNKNOWN_CARD');
    await expect(CardVerifier.create(city.jwks, statusList, NOW + 2 * 3_600_000)).rejects.toThrow(/expired/);
    const stranger = await issuer();
    const forged = await stranger.sign(STATUS_LIST_TYPE, {
      iss: 'x',
      iat: nowSeconds,
      exp: nowSeconds + 60,
      bits: 2,
      n: 1,
      lst: encodeStatusList(1, []),
    });
    await expect(CardVerifier.create(city.jwks, forged, NOW)).rejects.toThrow(/signature/);
  });

  it('with a credential cache, checks the issuer signature once but the device signature every time', async () => {
    const cache = new CredentialCache(2);
    const cached = await CardVerifier.create(city.jwks, statusList, NOW, cache);
    const credential = await city.sign(CREDENTIAL_TYPE, claims());
    const code = await phone.present(credential, 'cred-1', nowSeconds);
    expect((await cached.verify(code, { now: NOW })).valid).toBe(true);
    expect(cache.get(credential)).toBeDefined();
    expect((await cached.verify(code, { now: NOW })).valid).toBe(true);
    const thief = await device();
    expect((await cached.verify(await thief.present(credential, 'cred-1', nowSeconds), { now: NOW })).reason).toBe('INVALID_SIGNATURE');
    const [prefix, header, , signature, ...rest] = code.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims(), cat: ['commuter'] })).toString('base64url');
    expect((await cached.verify([prefix, header, forged, signature, ...rest].join('.'), { now: NOW })).reason).toBe('INVALID_SIGNATURE');
  });
});

import { createHeaderAndPayload, StatusList } from '@sd-jwt/jwt-status-list';
import { SDJwtVcInstance, type SdJwtVcPayload } from '@sd-jwt/sd-jwt-vc';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import type { DisclosureFrame } from '@sd-jwt/types';
import { livePresentation, printedPresentation, selectDisclosures } from './present.js';
import { SdJwtCardVerifier } from './verifier.js';
import { TokenStatus, type CitizenCardClaims } from './credential.js';
import { sha256, toBase64Url } from './encoding.js';

const ISSUER = 'https://city.example';
const STATUS_URI = `${ISSUER}/status/1`;
const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
const nowSeconds = NOW / 1000;

async function city() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'e1', alg: 'ES256', use: 'sig' };
  const sign = async (data: string) => {
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey as CryptoKey, new TextEncoder().encode(data));
    return toBase64Url(new Uint8Array(signature));
  };
  const sdJwt = new SDJwtVcInstance({
    signer: sign,
    signAlg: 'ES256',
    hasher: sha256,
    saltGenerator: () => toBase64Url(crypto.getRandomValues(new Uint8Array(16))),
  });
  const issue = (claims: CitizenCardClaims) =>
    sdJwt.issue<SdJwtVcPayload>({ ...claims }, { _sd: ['name'] } as DisclosureFrame<SdJwtVcPayload>, { header: { kid: 'e1' } });
  const statusList = async (entries: [number, number][]) => {
    const list = new StatusList(new Array<number>(8).fill(TokenStatus.valid), 2);
    for (const [index, value] of entries) list.setStatus(index, value);
    const { header, payload } = createHeaderAndPayload(
      list,
      { sub: STATUS_URI, iat: nowSeconds, exp: nowSeconds + 3600 },
      { alg: 'ES256', typ: 'statuslist+jwt', kid: 'e1' },
    );
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header).sign(privateKey);
  };
  return { jwks: { keys: [jwk] }, issue, statusList };
}

describe('SdJwtCardVerifier', () => {
  let issuer: Awaited<ReturnType<typeof city>>;
  let device: CryptoKeyPair;
  let verifier: SdJwtCardVerifier;
  const claims = async (overrides: Partial<CitizenCardClaims> = {}): Promise<CitizenCardClaims> => {
    const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', device.publicKey);
    return {
      iss: ISSUER,
      vct: `${ISSUER}/vct/citizen-card`,
      iat: nowSeconds - 60,
      nbf: nowSeconds - 60,
      exp: nowSeconds + 86_400,
      card_number: '123456789012',
      categories: ['student'],
      district: 'bochum',
      status: { status_list: { idx: 0, uri: STATUS_URI } },
      cnf: { jwk: { kty: kty!, crv: crv!, x: x!, y: y! } },
      name: 'Erika Mustermann',
      ...overrides,
    };
  };

  beforeAll(async () => {
    issuer = await city();
    device = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    verifier = await SdJwtCardVerifier.create(
      {
        issuer: ISSUER,
        jwks: issuer.jwks,
        statusListJwt: await issuer.statusList([
          [1, TokenStatus.invalid],
          [2, TokenStatus.suspended],
        ]),
      },
      NOW,
    );
  });

  it('accepts a fresh live presentation without the name, refuses it after 90 s or for another audience', async () => {
    const credential = await issuer.issue(await claims());
    const code = await livePresentation(credential, device.privateKey, { audience: ISSUER, now: NOW - 10_000 });
    const verdict = await verifier.verify(code, { now: NOW, audiences: [ISSUER] });
    expect(verdict).toMatchObject({ valid: true, eligible: true, presentation: 'device', holderName: null });
    expect(verdict.card).toMatchObject({ id: '123456789012', status: 'active', categories: ['student'] });
    expect((await verifier.verify(code, { now: NOW + 120_000, audiences: [ISSUER] })).reason).toBe('STALE_PRESENTATION');
    expect((await verifier.verify(code, { now: NOW, audiences: ['elsewhere'] })).reason).toBe('INVALID_SIGNATURE');
    expect((await verifier.verify(selectDisclosures(credential, []), { now: NOW })).reason).toBe('INVALID_SIGNATURE');
  });

  it('shows the name of a printed card and refuses a stray disclosure', async () => {
    const credential = await issuer.issue(await claims({ cnf: undefined, status: { status_list: { idx: 3, uri: STATUS_URI } } }));
    const printed = printedPresentation(credential);
    expect(await verifier.verify(printed, { now: NOW })).toMatchObject({
      valid: true,
      presentation: 'static',
      holderName: 'Erika Mustermann',
    });
    const stray = toBase64Url(new TextEncoder().encode(JSON.stringify(['salt', 'name', 'Max Muster'])));
    expect((await verifier.verify(`${printed.split('~')[0]}~${stray}~`, { now: NOW })).reason).toBe('INVALID_SIGNATURE');
    const [jwt, name] = printed.split('~');
    expect((await verifier.verify(`${jwt}~${name}~${name}~`, { now: NOW })).reason).toBe('INVALID_SIGNATURE');
  });

  it('refuses a tampered credential, a repeated disclosure and a key binding that does not hold', async () => {
    const credential = await issuer.issue(await claims());
    const refused = async (code: string) => (await verifier.verify(code, { now: NOW, audiences: [ISSUER] })).reason;
    const [jwt, disclosure] = credential.split('~');
    const [header, payload, signature] = jwt.split('.');
    const tamperedPayload = toBase64Url(
      new TextEncoder().encode(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), categories: ['senior'] })),
    );
    const live = await livePresentation(credential, device.privateKey, { audience: ISSUER, now: NOW });
    const kbJwt = live.slice(live.lastIndexOf('~') + 1);
    const [kbHeader, kbPayload] = kbJwt.split('.');
    const kbClaims = JSON.parse(Buffer.from(kbPayload, 'base64url').toString());
    const encode = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
    const signedByDevice = async (headerPart: string, payloadPart: string) =>
      `${headerPart}.${payloadPart}.${toBase64Url(
        new Uint8Array(
          await crypto.subtle.sign(
            { name: 'ECDSA', hash: 'SHA-256' },
            device.privateKey,
            new TextEncoder().encode(`${headerPart}.${payloadPart}`),
          ),
        ),
      )}`;
    const presentedPart = live.slice(0, live.lastIndexOf('~') + 1);

    expect(await refused(live)).toBeNull();
    expect(await refused(`${header}.${tamperedPayload}.${signature}~${kbJwt}`)).toBe('INVALID_SIGNATURE');
    // The name disclosed twice, and disclosed where the key binding covered none.
    expect(await refused(`${jwt}~${disclosure}~${disclosure}~${kbJwt}`)).toBe('INVALID_SIGNATURE');
    expect(await refused(`${jwt}~${disclosure}~${kbJwt}`)).toBe('INVALID_SIGNATURE');
    // Signed by the device, but not a kb+jwt, without a nonce, or over another presentation.
    expect(await refused(`${presentedPart}${await signedByDevice(encode({ alg: 'ES256', typ: 'JWT' }), kbPayload)}`)).toBe(
      'INVALID_SIGNATURE',
    );
    expect(await refused(`${presentedPart}${await signedByDevice(kbHeader, encode({ ...kbClaims, nonce: undefined }))}`)).toBe(
      'INVALID_SIGNATURE',
    );
    expect(await refused(`${presentedPart}${await signedByDevice(kbHeader, encode({ ...kbClaims, sd_hash: 'x' }))}`)).toBe(
      'INVALID_SIGNATURE',
    );
    expect(await refused(`${presentedPart}${await signedByDevice(kbHeader, encode(kbClaims))}`)).toBeNull();
    // Another device's signature.
    const other = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    expect(await refused(await livePresentation(credential, other.privateKey, { audience: ISSUER, now: NOW }))).toBe('INVALID_SIGNATURE');
  });

  it('reads revocation and suspension from the status list and expiry from the credential', async () => {
    const reason = async (overrides: Partial<CitizenCardClaims>) =>
      (
        await verifier.verify(
          await livePresentation(await issuer.issue(await claims(overrides)), device.privateKey, { audience: ISSUER, now: NOW }),
          {
            now: NOW,
            audiences: [ISSUER],
          },
        )
      ).reason;
    expect(await reason({ status: { status_list: { idx: 1, uri: STATUS_URI } } })).toBe('REVOKED');
    expect(await reason({ status: { status_list: { idx: 2, uri: STATUS_URI } } })).toBe('SUSPENDED');
    expect(await reason({ status: { status_list: { idx: 99, uri: STATUS_URI } } })).toBe('UNKNOWN_CARD');
    expect(await reason({ exp: nowSeconds - 1 })).toBe('EXPIRED');
    expect(await reason({ iss: 'https://elsewhere.example' })).toBe('UNKNOWN_CARD');
  });

  it('refuses an expired status list', async () => {
    const statusListJwt = await issuer.statusList([]);
    await expect(SdJwtCardVerifier.create({ issuer: ISSUER, jwks: issuer.jwks, statusListJwt }, NOW + 2 * 3_600_000)).rejects.toThrow(
      /expired/,
    );
  });
});

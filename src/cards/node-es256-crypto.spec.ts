import { webEs256Crypto } from '../../packages/card-verifier/src/index.js';
import { nodeEs256Crypto } from './node-es256-crypto.js';

const toBase64Url = (bytes: ArrayBuffer) => Buffer.from(bytes).toString('base64url');

describe('the card verifier’s cryptography with node:crypto', () => {
  let keys: CryptoKeyPair;
  let jwk: { x: string; y: string };
  const data = 'eyJhbGciOiJFUzI1NiJ9.eyJub25jZSI6IsOcYmVyIn0';
  let signature: string;

  beforeAll(async () => {
    keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const { x, y } = await crypto.subtle.exportKey('jwk', keys.publicKey);
    jwk = { x: x!, y: y! };
    signature = toBase64Url(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, new TextEncoder().encode(data)));
  });

  it('hashes as Web Crypto does, text as UTF-8', async () => {
    for (const input of ['WyJzYWx0IiwibmFtZSIsIkVyaWthIl0', 'Zoë Müller', new Uint8Array([0, 255, 7])]) {
      expect(Buffer.from(nodeEs256Crypto.sha256(input) as Uint8Array).equals(Buffer.from(await webEs256Crypto.sha256(input)))).toBe(true);
    }
  });

  it('accepts exactly the signatures Web Crypto accepts', async () => {
    const nodeKey = nodeEs256Crypto.importPublicKey(jwk) as Awaited<ReturnType<typeof nodeEs256Crypto.importPublicKey>>;
    const webKey = await webEs256Crypto.importPublicKey(jwk);
    const other = toBase64Url(
      await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, new TextEncoder().encode(`${data}x`)),
    );
    const cases: [string, string, boolean][] = [
      [data, signature, true],
      [`${data}x`, signature, false],
      [data, other, false],
      [data, signature.slice(0, 40), false],
      [data, '', false],
      [data, 'not*base64', false],
    ];
    for (const [text, candidate, expected] of cases) {
      expect(nodeEs256Crypto.verify(nodeKey, text, candidate)).toBe(expected);
      expect(await webEs256Crypto.verify(webKey, text, candidate)).toBe(expected);
    }
  });

  it('refuses a point that is not on the curve', () => {
    expect(() => nodeEs256Crypto.importPublicKey({ x: jwk.x, y: jwk.x })).toThrow();
  });
});

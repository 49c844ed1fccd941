// The baseline for bench:verify: the unavoidable work per request with the same caching as the app.
// - An SD-JWT VC presentation (cards issued now; packages/card-verifier, which caches only the
//   issuer's keys): check the issuer's ES256 signature, import the device key from `cnf`, check the
//   Key Binding JWT's ES256 signature and its `sd_hash` over the presented SD-JWT, on every request.
// - A `BOP1` code (cards issued before; packages/shared CredentialCache): check the issuer's Ed25519
//   signature once per credential and keep its claims with the imported device key; check the
//   device's P-256 signature on every request.
// All with node:crypto; the answer is a fixed JSON.
import { createHash, createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import { parseCode, presentationMessage } from '../../packages/shared/src/index.js';

const issuerKeys = new Map<string, KeyObject>(
  (JSON.parse(process.env.ISSUER_JWKS!) as { keys: (JsonWebKey & { kid: string })[] }).keys.map((jwk) => [
    jwk.kid,
    createPublicKey({ key: jwk, format: 'jwk' }),
  ]),
);
const verified = new Map<string, { jti: string; device: KeyObject }>();
const answer = JSON.stringify({
  verificationId: '00000000-0000-0000-0000-000000000000',
  valid: true,
  eligible: true,
  reason: null,
  card: null,
  offer: null,
});

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

function checkSdJwt(code: string): boolean {
  const cut = code.lastIndexOf('~');
  const presented = code.slice(0, cut + 1);
  const [kbHeader, kbPayload, kbSignature] = code.slice(cut + 1).split('.');
  const [header, payload, signature] = presented.slice(0, presented.indexOf('~')).split('.');
  const issuer = issuerKeys.get(json(header).kid);
  if (!issuer || !es256(`${header}.${payload}`, issuer, signature)) return false;
  const device = createPublicKey({ key: json(payload).cnf.jwk, format: 'jwk' });
  const binding = json(kbPayload);
  return (
    binding.sd_hash === createHash('sha256').update(presented).digest('base64url') &&
    Math.abs(Date.now() / 1000 - binding.iat) <= 90 &&
    es256(`${kbHeader}.${kbPayload}`, device, kbSignature)
  );
}

function check(code: string): boolean {
  if (code.includes('~')) return checkSdJwt(code);
  const parsed = parseCode(code);
  if (!parsed || parsed.kind !== 'live') return false;
  const credential = credentialOf(parsed.credential);
  return (
    credential !== null &&
    verify(
      'sha256',
      Buffer.from(presentationMessage(credential.jti, parsed.timestamp)),
      { key: credential.device, dsaEncoding: 'ieee-p1363' },
      Buffer.from(parsed.signature, 'base64url'),
    )
  );
}

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (!check(JSON.parse(body).code)) {
      response.writeHead(500).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(answer);
  });
}).listen(Number(process.env.PORT), '127.0.0.1');

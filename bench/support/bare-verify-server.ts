// The baseline for bench:verify: only the unavoidable work per request — parse the JSON body,
// decode the code, check the issuer's Ed25519 and the device's P-256 signature with node:crypto,
// answer a fixed JSON.
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { createServer } from 'node:http';
import { parseCode, presentationMessage } from '../../packages/shared/src/index.js';

const issuerKeys = new Map<string, ReturnType<typeof createPublicKey>>(
  (JSON.parse(process.env.ISSUER_JWKS!) as { keys: (JsonWebKey & { kid: string })[] }).keys.map((jwk) => [
    jwk.kid,
    createPublicKey({ key: jwk, format: 'jwk' }),
  ]),
);
const answer = JSON.stringify({
  verificationId: '00000000-0000-0000-0000-000000000000',
  valid: true,
  eligible: true,
  reason: null,
  card: null,
  offer: null,
});

function check(code: string): boolean {
  const parsed = parseCode(code);
  if (!parsed || parsed.kind !== 'live') return false;
  const [header, payload, signature] = parsed.credential.split('.');
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString());
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const issuer = issuerKeys.get(kid);
  if (!issuer || !verify(null, Buffer.from(`${header}.${payload}`), issuer, Buffer.from(signature, 'base64url'))) return false;
  const device = createPublicKey({ key: claims.cnf.jwk, format: 'jwk' });
  return verify(
    'sha256',
    Buffer.from(presentationMessage(claims.jti, parsed.timestamp)),
    { key: device, dsaEncoding: 'ieee-p1363' },
    Buffer.from(parsed.signature, 'base64url'),
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

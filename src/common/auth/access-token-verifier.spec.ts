import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './access-token.js';
import { bearerTokenOf, VerifiedAccessTokens, verifyAccessToken } from './access-token-verifier.js';

const secret = 'x'.repeat(64);
const key = createSecretKey(Buffer.from(secret));
const claims = { sub: '00000000-0000-4000-8000-000000000001', sid: '00000000-0000-4000-8000-000000000002' };
const sign = (payload: object = claims, options: jwt.SignOptions = {}, signingSecret: string = secret) =>
  jwt.sign(payload, signingSecret, {
    audience: ACCESS_TOKEN_AUDIENCE,
    issuer: ACCESS_TOKEN_ISSUER,
    expiresIn: 900,
    algorithm: 'HS256',
    ...options,
  });
/** What jsonwebtoken (as passport-jwt called it) says about the same token. */
const jsonwebtokenAccepts = (token: string) => {
  try {
    jwt.verify(token, key, { algorithms: ['HS256'], audience: ACCESS_TOKEN_AUDIENCE, issuer: ACCESS_TOKEN_ISSUER });
    return true;
  } catch {
    return false;
  }
};

describe('verifyAccessToken agrees with jsonwebtoken', () => {
  const now = Math.floor(Date.now() / 1000);
  const tampered = (token: string) => {
    const [header, payload, signature] = token.split('.');
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'someone-else' }));
    return [header, changed.toString('base64url'), signature].join('.');
  };
  const cases: [string, string][] = [
    ['a valid token', sign()],
    ['another secret', sign(claims, {}, 'y'.repeat(64))],
    ['another audience', sign(claims, { audience: 'someone-else' })],
    ['audiences including ours', sign(claims, { audience: ['other', ACCESS_TOKEN_AUDIENCE] })],
    ['another issuer', sign(claims, { issuer: 'someone-else' })],
    ['no issuer', jwt.sign(claims, secret, { audience: ACCESS_TOKEN_AUDIENCE, expiresIn: 900 })],
    [
      'expired',
      jwt.sign({ ...claims, iat: now - 1000, exp: now - 1 }, secret, { audience: ACCESS_TOKEN_AUDIENCE, issuer: ACCESS_TOKEN_ISSUER }),
    ],
    ['not yet valid', sign(claims, { notBefore: 600 })],
    ['HS512', sign(claims, { algorithm: 'HS512' })],
    ['alg none', `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${sign().split('.')[1]}.`],
    ['a changed payload', tampered(sign())],
    ['padding after the signature', `${sign()}=`],
    ['four parts', `${sign()}.x`],
    ['garbage', 'not-a-token'],
  ];
  it.each(cases)('%s', (_name, token) => {
    expect(verifyAccessToken(token, key) !== null).toBe(jsonwebtokenAccepts(token));
  });

  it('gives the claims of a valid token', () => {
    expect(verifyAccessToken(sign(), key)).toMatchObject({ ...claims, aud: ACCESS_TOKEN_AUDIENCE, iss: ACCESS_TOKEN_ISSUER });
  });

  it('reads the bearer token as passport-jwt did', () => {
    expect(bearerTokenOf('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerTokenOf('bearer abc')).toBe('abc');
    expect(bearerTokenOf('Basic abc')).toBeUndefined();
    expect(bearerTokenOf(undefined)).toBeUndefined();
  });
});

describe('VerifiedAccessTokens', () => {
  const now = Math.floor(Date.now() / 1000);

  it('answers as verifyAccessToken does, judging expiry again at every use of a remembered token', () => {
    const tokens = new VerifiedAccessTokens(key);
    const token = sign(claims, { expiresIn: 60 });
    expect(tokens.claimsOf(token, now)).toMatchObject(claims);
    expect(tokens.size).toBe(1);
    expect(tokens.claimsOf(token, now + 30)).toMatchObject(claims);
    expect(tokens.claimsOf(token, now + 61)).toBeNull();
    expect(tokens.size).toBe(0);
  });

  it('remembers no refused token and at most its limit of valid ones', () => {
    const tokens = new VerifiedAccessTokens(key, 2);
    const foreign = sign(claims, {}, 'y'.repeat(64));
    expect(tokens.claimsOf(foreign, now)).toBeNull();
    expect(tokens.claimsOf(`${sign()}x`, now)).toBeNull();
    expect(tokens.size).toBe(0);
    const [first, second, third] = [1, 2, 3].map((n) => sign({ ...claims, n }));
    for (const token of [first, second, third]) expect(tokens.claimsOf(token, now)).not.toBeNull();
    expect(tokens.size).toBe(2);
    // The oldest was dropped: it is verified again, and still valid.
    expect(tokens.claimsOf(first, now)).toMatchObject({ n: 1 });
  });
});

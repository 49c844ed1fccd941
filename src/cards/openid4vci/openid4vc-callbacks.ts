import { clientAuthenticationAnonymous, HashAlgorithm, type CallbackContext, type Jwk } from '@openid4vc/oauth2';
import { compactVerify, importJWK, type JWK } from 'jose';
import { createHash, randomBytes } from 'node:crypto';

const NODE_HASH: Record<HashAlgorithm, string> = {
  [HashAlgorithm.Sha256]: 'sha256',
  [HashAlgorithm.Sha384]: 'sha384',
  [HashAlgorithm.Sha512]: 'sha512',
};

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * The crypto the @openid4vc libraries leave to the application: hashing, randomness, JWT signing
 * with the card issuer's ES256 key, and JWT verification with a given public key (a wallet's proof
 * key, or the issuer's own key for access tokens). `jwks` answers the resource server's look-up of
 * the authorization server's keys in-process (both are this application).
 */
export function openid4vcCallbacks(options: {
  es256Signer: () => Promise<{ kid: string; sign: (data: string) => string }>;
  jwks: () => Promise<{ keys: JWK[] }>;
  jwksUri: string;
}): Omit<CallbackContext, 'decryptJwe' | 'encryptJwe'> {
  return {
    // Wallets redeem a pre-authorised code anonymously (no client registration).
    clientAuthentication: clientAuthenticationAnonymous(),
    hash: (data, algorithm) => createHash(NODE_HASH[algorithm]).update(data).digest(),
    generateRandom: (bytes) => randomBytes(bytes),
    signJwt: async (_signer, { header, payload }) => {
      const signer = await options.es256Signer();
      const input = `${encode({ ...header, alg: 'ES256', kid: signer.kid })}.${encode(payload)}`;
      const publicJwk = (await options.jwks()).keys.find((key) => key.kid === signer.kid);
      if (!publicJwk) throw new Error('the signing key is not published');
      return { jwt: `${input}.${signer.sign(input)}`, signerJwk: publicJwk as Jwk };
    },
    verifyJwt: async (signer, { compact, header }) => {
      if (signer.method !== 'jwk' || header.alg !== 'ES256') return { verified: false };
      try {
        await compactVerify(compact, await importJWK(signer.publicJwk as JWK, 'ES256'));
        return { verified: true, signerJwk: signer.publicJwk };
      } catch {
        return { verified: false };
      }
    },
    fetch: async (input) => {
      // The issuer fetches nothing from elsewhere (no request a wallet could point at another host).
      if (String(input) !== options.jwksUri) throw new Error(`refusing to fetch ${String(input)}`);
      return new Response(JSON.stringify(await options.jwks()), { headers: { 'content-type': 'application/json' } });
    },
  };
}

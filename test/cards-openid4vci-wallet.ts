import { clientAuthenticationAnonymous, HashAlgorithm, type Jwk } from '@openid4vc/oauth2';
import { Openid4vciClient, type CredentialOfferObject, type IssuerMetadataResult } from '@openid4vc/openid4vci';
import { combineSDJWT, splitSDJWT, verifySDJWT } from '@meeco/sd-jwt';
import { compactVerify, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { createHash, randomBytes } from 'node:crypto';

const sha256 = (data: string) => createHash('sha256').update(data).digest('base64url');

/**
 * A test wallet, independent of the app's issuer code: the CLIENT side of @openid4vc/openid4vci for
 * the protocol, its own P-256 key (jose), and @meeco/sd-jwt to check what it received and to build
 * presentations with a Key Binding JWT.
 */
export async function testWallet() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const publicJwk = (await exportJWK(publicKey)) as Jwk;
  const client = new Openid4vciClient({
    callbacks: {
      clientAuthentication: clientAuthenticationAnonymous(),
      hash: (data, algorithm) =>
        createHash(algorithm === HashAlgorithm.Sha256 ? 'sha256' : 'sha512')
          .update(data)
          .digest(),
      generateRandom: (bytes) => randomBytes(bytes),
      signJwt: async (_signer, { header, payload }) => ({
        jwt: await new SignJWT(payload).setProtectedHeader({ ...header, alg: 'ES256' }).sign(privateKey),
        signerJwk: publicJwk,
      }),
      fetch,
    },
  });

  return {
    publicJwk,
    client,

    /** Offer → metadata → token: the access token (and the metadata for the next steps). */
    async redeem(offerUri: string) {
      const offer = await client.resolveCredentialOffer(offerUri);
      const issuerMetadata = await client.resolveIssuerMetadata(offer.credential_issuer);
      const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
        credentialOffer: offer,
        issuerMetadata,
      });
      return { offer, issuerMetadata, accessToken: accessTokenResponse.access_token };
    },

    /** A proof of this wallet's key over `nonce`, signed by `signWith` (default: the wallet's own key). */
    async proof(issuerMetadata: IssuerMetadataResult, offer: CredentialOfferObject, nonce: string) {
      const { jwt } = await client.createCredentialRequestJwtProof({
        issuerMetadata,
        credentialConfigurationId: offer.credential_configuration_ids[0],
        nonce,
        signer: { method: 'jwk', alg: 'ES256', publicJwk },
      });
      return jwt;
    },

    /** Nonce → proof → credential. */
    async credential(session: { offer: CredentialOfferObject; issuerMetadata: IssuerMetadataResult; accessToken: string }) {
      const { c_nonce } = await client.requestNonce({ issuerMetadata: session.issuerMetadata });
      const proof = await this.proof(session.issuerMetadata, session.offer, c_nonce);
      const { credentialResponse } = await client.retrieveCredentials({
        issuerMetadata: session.issuerMetadata,
        accessToken: session.accessToken,
        credentialConfigurationId: session.offer.credential_configuration_ids[0],
        proofs: { jwt: [proof] },
      });
      const [first] = credentialResponse.credentials ?? [];
      const credential = typeof first === 'object' && first && 'credential' in first ? first.credential : first;
      if (typeof credential !== 'string') throw new Error(`no SD-JWT in ${JSON.stringify(credentialResponse)}`);
      return credential;
    },

    /** What a wallet checks on receipt, with @meeco/sd-jwt: the issuer's signature (JWKS) and the disclosures. */
    async accept(credential: string, jwks: { keys: JWK[] }) {
      return verifySDJWT(
        credential,
        async (compact: string) => {
          const key = jwks.keys.find((candidate) => candidate.kid === decodeProtectedHeader(compact).kid);
          if (!key) return false;
          await compactVerify(compact, await importJWK(key, 'ES256'));
          return true;
        },
        async () => sha256,
      );
    },

    /** A presentation disclosing nothing, with a Key Binding JWT (SD-JWT §4.3) for `audience`. */
    async present(credential: string, audience: string) {
      const { jwt } = splitSDJWT(credential);
      const presented = combineSDJWT(jwt, []);
      const keyBinding = await new SignJWT({ nonce: randomBytes(16).toString('base64url'), aud: audience, sd_hash: sha256(presented) })
        .setProtectedHeader({ alg: 'ES256', typ: 'kb+jwt' })
        .setIssuedAt()
        .sign(privateKey);
      return combineSDJWT(jwt, [], keyBinding);
    },
  };
}

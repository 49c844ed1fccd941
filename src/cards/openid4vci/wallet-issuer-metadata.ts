import { preAuthorizedCodeGrantIdentifier, type AuthorizationServerMetadata } from '@openid4vc/oauth2';
import type { CredentialIssuerMetadata } from '@openid4vc/openid4vci';

/** The one credential configuration the city offers to wallets. */
export const CITIZEN_CARD_CONFIGURATION_ID = 'citizen_card_sd_jwt';

export const OPENID4VCI_PATHS = {
  token: '/api/openid4vci/token',
  nonce: '/api/openid4vci/nonce',
  credential: '/api/openid4vci/credential',
  jwks: '/.well-known/jwks.json',
} as const;

/** The texts a wallet shows, in one language (`locale` a BCP 47 tag). */
export interface WalletDisplayTexts {
  locale: string;
  issuerName: string;
  cardName: string;
  cardDescription: string;
  claims: Record<'card_number' | 'categories' | 'district' | 'name' | 'birth_year', string>;
}

const CLAIM_ORDER = ['card_number', 'categories', 'district', 'name', 'birth_year'] as const;

/** The authorization server's metadata (RFC 8414): only the pre-authorised code grant, anonymous. */
export function authorizationServerMetadata(issuer: string): AuthorizationServerMetadata {
  return {
    issuer,
    token_endpoint: `${issuer}${OPENID4VCI_PATHS.token}`,
    jwks_uri: `${issuer}${OPENID4VCI_PATHS.jwks}`,
    grant_types_supported: [preAuthorizedCodeGrantIdentifier],
    'pre-authorized_grant_anonymous_access_supported': true,
  };
}

/**
 * The credential issuer metadata (OpenID4VCI 1.0 §12.2): the citizen card as SD-JWT VC (`dc+sd-jwt`,
 * its `vct`), bound to a P-256 key the wallet proves with a JWT, named in every platform language.
 */
export function credentialIssuerMetadata(issuer: string, vct: string, texts: WalletDisplayTexts[]): CredentialIssuerMetadata {
  return {
    credential_issuer: issuer,
    authorization_servers: [issuer],
    credential_endpoint: `${issuer}${OPENID4VCI_PATHS.credential}`,
    nonce_endpoint: `${issuer}${OPENID4VCI_PATHS.nonce}`,
    display: texts.map((text) => ({ name: text.issuerName, locale: text.locale })),
    credential_configurations_supported: {
      [CITIZEN_CARD_CONFIGURATION_ID]: {
        format: 'dc+sd-jwt',
        vct,
        scope: 'citizen_card',
        cryptographic_binding_methods_supported: ['jwk'],
        credential_signing_alg_values_supported: ['ES256'],
        proof_types_supported: { jwt: { proof_signing_alg_values_supported: ['ES256'] } },
        credential_metadata: {
          display: texts.map((text) => ({
            name: text.cardName,
            description: text.cardDescription,
            locale: text.locale,
            background_color: '#0a4d8c',
            text_color: '#ffffff',
          })),
          claims: CLAIM_ORDER.map((claim) => ({
            path: [claim],
            mandatory: claim !== 'birth_year',
            display: texts.map((text) => ({ name: text.claims[claim], locale: text.locale })),
          })),
        },
      },
    },
  };
}

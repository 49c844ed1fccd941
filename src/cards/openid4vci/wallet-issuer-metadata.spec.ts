import { Openid4vciIssuer } from '@openid4vc/openid4vci';
import {
  authorizationServerMetadata,
  CITIZEN_CARD_CONFIGURATION_ID,
  credentialIssuerMetadata,
  type WalletDisplayTexts,
} from './wallet-issuer-metadata.js';

const texts = (locale: string, name: string): WalletDisplayTexts => ({
  locale,
  issuerName: `${name} issuer`,
  cardName: name,
  cardDescription: `${name} description`,
  claims: { card_number: 'n', categories: 'c', district: 'd', name: 'h', birth_year: 'y' },
});

describe('OpenID4VCI metadata of the citizen card', () => {
  const issuer = new Openid4vciIssuer({ callbacks: {} as never });
  const metadata = credentialIssuerMetadata('https://e-residency.bochum.de', 'https://e-residency.bochum.de/vct/citizen-card', [
    texts('de-DE', 'Bürgerausweis Bochum'),
    texts('en-GB', 'Bochum citizen card'),
  ]);

  it('is valid issuer metadata that the library recognises as an SD-JWT VC configuration', () => {
    expect(() => issuer.createCredentialIssuerMetadata(metadata)).not.toThrow();
    const known = issuer.getKnownCredentialConfigurationsSupported(metadata);
    expect(known[CITIZEN_CARD_CONFIGURATION_ID]).toMatchObject({
      format: 'dc+sd-jwt',
      vct: 'https://e-residency.bochum.de/vct/citizen-card',
      cryptographic_binding_methods_supported: ['jwk'],
      proof_types_supported: { jwt: { proof_signing_alg_values_supported: ['ES256'] } },
    });
  });

  it('names the card and every claim in each language given', () => {
    const configuration = metadata.credential_configurations_supported[CITIZEN_CARD_CONFIGURATION_ID] as any;
    expect(configuration.credential_metadata.display.map((entry: { locale: string; name: string }) => [entry.locale, entry.name])).toEqual([
      ['de-DE', 'Bürgerausweis Bochum'],
      ['en-GB', 'Bochum citizen card'],
    ]);
    for (const claim of configuration.credential_metadata.claims) expect(claim.display).toHaveLength(2);
    expect(configuration.credential_metadata.claims.map((claim: { path: string[] }) => claim.path[0])).toEqual([
      'card_number',
      'categories',
      'district',
      'name',
      'birth_year',
    ]);
  });

  it('points at an authorization server offering only the anonymous pre-authorised code grant', () => {
    expect(metadata.authorization_servers).toEqual(['https://e-residency.bochum.de']);
    expect(authorizationServerMetadata('https://e-residency.bochum.de')).toEqual({
      issuer: 'https://e-residency.bochum.de',
      token_endpoint: 'https://e-residency.bochum.de/api/openid4vci/token',
      jwks_uri: 'https://e-residency.bochum.de/.well-known/jwks.json',
      grant_types_supported: ['urn:ietf:params:oauth:grant-type:pre-authorized_code'],
      'pre-authorized_grant_anonymous_access_supported': true,
    });
  });
});

import { buildConfig, ConfigValidationError } from './app-config.js';

describe('buildConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = buildConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.i18n.supportedLanguages).toEqual(['de', 'en']);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('names the variable that is malformed', () => {
    expect(() => buildConfig({ PORT: 'eighty' })).toThrow(ConfigValidationError);
    expect(() => buildConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => buildConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL/);
  });

  it('requires secrets in production', () => {
    try {
      buildConfig({ NODE_ENV: 'production' });
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const variables = (error as ConfigValidationError).issues.map((issue) => issue.variable);
      expect(variables).toEqual(
        expect.arrayContaining(['JWT_SECRET', 'PUBLIC_URL', 'DATABASE_URL', 'CARD_KEY_PASSPHRASE', 'EID_ISSUER_URL', 'BANKING_SECRETS_KEY', 'PKI_KEY_PASSPHRASE']),
      );
    }
  });

  it('turns introspection off in production', () => {
    const config = buildConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://e-residency.bochum.de',
      DATABASE_URL: 'postgres://app@db/app',
      CARD_KEY_PASSPHRASE: 'a-long-card-key-passphrase',
      EID_ISSUER_URL: 'https://eid.example.org',
      EID_CLIENT_ID: 'bochum-eresidency',
      EID_CLIENT_SECRET: 'an-eid-client-secret-of-some-length',
      BANKING_SECRETS_KEY: 'k'.repeat(40),
      PKI_KEY_PASSPHRASE: 'a-long-pki-key-passphrase',
    });
    expect(config.graphql.introspection).toBe(false);
    expect(config.auth.secureCookies).toBe(true);
  });
});

import { buildConfig, ConfigValidationError } from './app-config.js';

const PRODUCTION = {
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
  PKI_POLICY_OID_ARC: '1.3.6.1.4.1.99999.1',
  SENDGRID_API_KEY: 'SG.a-real-looking-sendgrid-key',
};

function problemsOf(environment: Record<string, string>): string[] {
  try {
    buildConfig(environment);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return error.issues.map((issue) => issue.variable);
  }
}

describe('buildConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = buildConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.i18n.supportedLanguages).toEqual(['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'ro', 'fa', 'fr', 'es', 'zh']);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('checks VAT ids with the local VIES sandbox outside production, the EU service in production, and never the sandbox there', () => {
    expect(buildConfig({}).companies.vies).toMatchObject({
      baseUrl: 'http://localhost:3000/dev/vies-sandbox/rest-api',
      sandbox: { enabled: true },
      requester: null,
    });
    expect(
      buildConfig({ VIES_URL: 'https://vies.example.org/rest-api/', VIES_REQUESTER_VAT_ID: 'DE811362170' }).companies.vies,
    ).toMatchObject({
      baseUrl: 'https://vies.example.org/rest-api',
      sandbox: { enabled: false },
      requester: { countryCode: 'DE', vatNumber: '811362170' },
    });
    expect(buildConfig(PRODUCTION).companies.vies).toMatchObject({
      baseUrl: 'https://ec.europa.eu/taxation_customs/vies/rest-api',
      sandbox: { enabled: false },
    });
    expect(problemsOf({ ...PRODUCTION, VIES_SANDBOX: '1' })).toEqual(['VIES_SANDBOX']);
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
        expect.arrayContaining([
          'JWT_SECRET',
          'PUBLIC_URL',
          'DATABASE_URL',
          'CARD_KEY_PASSPHRASE',
          'EID_ISSUER_URL',
          'BANKING_SECRETS_KEY',
          'PKI_KEY_PASSPHRASE',
        ]),
      );
    }
  });

  it('accepts a production environment with secrets of its own', () => {
    expect(problemsOf(PRODUCTION)).toEqual([]);
  });

  it('requires a real e-mail provider in production (no silent capture)', () => {
    const { SENDGRID_API_KEY: _key, ...withoutMail } = PRODUCTION;
    expect(problemsOf(withoutMail)).toEqual(['SENDGRID_API_KEY']);
    expect(buildConfig({}).email.sendgrid).toBeUndefined();
  });

  it('refuses in production every development secret that is in the source code', () => {
    const development = buildConfig({ PAYMENTS_SANDBOX: '1', BANKING_SANDBOX: '1' });
    const sourceSecrets: Record<string, string> = {
      JWT_SECRET: development.auth.jwtSecret,
      CARD_KEY_PASSPHRASE: development.cards.keyPassphrase,
      BANKING_SECRETS_KEY: development.banking.secretsKey,
      PKI_KEY_PASSPHRASE: development.pki.keyPassphrase,
      EID_CLIENT_SECRET: development.identityVerification.eid.clientSecret,
      VERIFICATION_PSEUDONYM_SECRET: development.venues.pseudonymSecret,
      STRIPE_SANDBOX_WEBHOOK_SECRET: development.payments.sandboxWebhookSecret,
      BANKING_SANDBOX_SECRET: development.banking.sandbox.rootSecret,
    };
    for (const [variable, value] of Object.entries(sourceSecrets)) {
      expect([variable, problemsOf({ ...PRODUCTION, [variable]: value })]).toEqual([variable, [variable]]);
    }
    // The same values are fine outside production.
    expect(problemsOf(sourceSecrets)).toEqual([]);
  });

  it("refuses the sandboxes' built-in secrets when a sandbox runs in production, but not their own", () => {
    expect(problemsOf({ ...PRODUCTION, PAYMENTS_SANDBOX: '1' })).toEqual(['STRIPE_SANDBOX_WEBHOOK_SECRET']);
    expect(problemsOf({ ...PRODUCTION, PAYMENTS_SANDBOX: '1', STRIPE_SANDBOX_WEBHOOK_SECRET: 'whsec_' + 'p'.repeat(32) })).toEqual([]);
    expect(problemsOf({ ...PRODUCTION, BANKING_SANDBOX: '1' })).toEqual(['BANKING_SANDBOX_SECRET']);
    expect(problemsOf({ ...PRODUCTION, BANKING_SANDBOX: '1', BANKING_SANDBOX_SECRET: 'b'.repeat(40) })).toEqual([]);
    // Unused sandboxes keep their defaults without complaint.
    expect(buildConfig(PRODUCTION).payments.provider).toBeNull();
  });

  it('turns introspection off in production', () => {
    const config = buildConfig(PRODUCTION);
    expect(config.graphql.introspection).toBe(false);
    expect(config.auth.secureCookies).toBe(true);
  });

  it('builds the assurance policy: certificates at high by default, each service configurable, checked in journey order', () => {
    expect(buildConfig({}).identityVerification.assurancePolicy).toEqual({
      companyCreation: 'substantial',
      tradeRegistration: 'substantial',
      signatureCertificate: 'high',
      residencyAutoApproval: 'substantial',
    });
    const city = buildConfig({ ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE: 'substantial', RESIDENCY_AUTO_APPROVAL_MIN_ASSURANCE: 'high' });
    expect(city.identityVerification.assurancePolicy.signatureCertificate).toBe('substantial');
    expect(city.residency.autoApproval.minAssurance).toBe('high');
    expect(problemsOf({ ASSURANCE_REQUIRED_COMPANY_CREATION: 'high' })).toEqual(['ASSURANCE_REQUIRED_TRADE_REGISTRATION']);
    expect(problemsOf({ ASSURANCE_REQUIRED_TRADE_REGISTRATION: 'high', ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE: 'substantial' })).toEqual([
      'ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE',
    ]);
    expect(problemsOf({ ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE: 'low' })).toEqual(['ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE']);
  });

  it('derives a certificate policy OID per identification method from the arc; production needs its own arc', () => {
    expect(buildConfig({ PKI_POLICY_OID_ARC: '1.3.6.1.4.1.32473.5' }).pki.policyOids).toEqual({
      eid: '1.3.6.1.4.1.32473.5.1',
      video: '1.3.6.1.4.1.32473.5.2',
      in_person: '1.3.6.1.4.1.32473.5.3',
    });
    expect(problemsOf({ PKI_POLICY_OID_ARC: '1.3.x' })).toEqual(['PKI_POLICY_OID_ARC']);
    const { PKI_POLICY_OID_ARC: _arc, ...withoutArc } = PRODUCTION;
    expect(problemsOf(withoutArc)).toEqual(['PKI_POLICY_OID_ARC']);
  });

  it('offers identification in person through its sandbox outside production only', () => {
    expect(buildConfig({}).identityVerification.inPerson.sandbox.enabled).toBe(true);
    expect(buildConfig(PRODUCTION).identityVerification.inPerson.sandbox.enabled).toBe(false);
    expect(problemsOf({ ...PRODUCTION, IN_PERSON_IDENT_SANDBOX: '1' })).toEqual(['IN_PERSON_IDENT_SANDBOX']);
  });
});

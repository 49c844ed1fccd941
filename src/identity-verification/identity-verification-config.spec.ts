import type { DomainConfigContext } from '../config/domains/domain-config-context.js';
import { identityVerificationConfig, identityVerificationEnvironment } from '../config/domains/identity-verification.config.js';

const context = (isProduction: boolean): DomainConfigContext => ({
  isProduction,
  publicUrl: 'https://eresidency.example',
  dataDir: '/tmp',
  problems: [],
});
const build = (env: Record<string, string>, isProduction = false) => {
  const target = context(isProduction);
  return {
    config: identityVerificationConfig(identityVerificationEnvironment.parse(env), target),
    problems: target.problems.map((problem) => problem.variable),
  };
};

describe('identity verification config', () => {
  it('uses the in-process dev eID provider and the video sandbox outside production', () => {
    const { config, problems } = build({});
    expect(problems).toEqual([]);
    expect(config.eid.devProvider.enabled).toBe(true);
    expect(config.eid.issuerUrl).toBe('https://eresidency.example/dev/eid');
    expect(config.eid.redirectUri).toBe('https://eresidency.example/api/identity/eid/callback');
    expect(config.video.sandbox.enabled).toBe(true);
  });

  it('uses a configured issuer instead of the dev provider', () => {
    const { config } = build({ EID_ISSUER_URL: 'https://id.bund.example/', EID_CLIENT_ID: 'bochum', EID_CLIENT_SECRET: 's'.repeat(32) });
    expect(config.eid.devProvider.enabled).toBe(false);
    expect(config.eid.issuerUrl).toBe('https://id.bund.example');
    expect(config.eid.clientId).toBe('bochum');
  });

  it('requires a real eID issuer in production and never runs the sandboxes there', () => {
    expect(build({}, true).problems).toEqual(expect.arrayContaining(['EID_ISSUER_URL', 'EID_CLIENT_ID', 'EID_CLIENT_SECRET']));
    const production = build(
      { EID_ISSUER_URL: 'https://id.bund.example', EID_CLIENT_ID: 'bochum', EID_CLIENT_SECRET: 's'.repeat(32) },
      true,
    );
    expect(production.problems).toEqual([]);
    expect(production.config.eid.devProvider.enabled).toBe(false);
    expect(production.config.video.sandbox.enabled).toBe(false);
    expect(
      build(
        { EID_ISSUER_URL: 'https://id.bund.example', EID_CLIENT_ID: 'bochum', EID_CLIENT_SECRET: 's'.repeat(32), VIDEO_IDENT_SANDBOX: '1' },
        true,
      ).problems,
    ).toEqual(['VIDEO_IDENT_SANDBOX']);
  });

  it('needs client credentials with a configured issuer', () => {
    expect(build({ EID_ISSUER_URL: 'https://id.bund.example' }).problems).toEqual(['EID_CLIENT_ID']);
  });
});

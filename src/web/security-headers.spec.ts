import Fastify from 'fastify';
import { computeSecurityHeaders, registerSecurityHeaders, securityHeaderOptions } from './security-headers.js';

describe('security headers', () => {
  it('forbid framing and foreign scripts; HSTS and upgrade only with secure cookies', () => {
    const plain = computeSecurityHeaders(securityHeaderOptions(false));
    expect(plain['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(plain['content-security-policy']).toContain("script-src 'self'");
    expect(plain['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(plain['x-content-type-options']).toBe('nosniff');
    const secure = computeSecurityHeaders(securityHeaderOptions(true));
    expect(secure['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(secure['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('reach every response, an unknown path included', async () => {
    const fastify = Fastify();
    registerSecurityHeaders(fastify, false);
    fastify.get('/known', () => ({ ok: true }));
    const known = await fastify.inject({ url: '/known' });
    const unknown = await fastify.inject({ url: '/nowhere' });
    for (const response of [known, unknown]) {
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
    expect(unknown.statusCode).toBe(404);
    await fastify.close();
  });
});

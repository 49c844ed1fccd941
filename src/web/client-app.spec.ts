import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveClientApp } from './client-app.js';

describe('serveClientApp caching', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bo-client-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(root, 'assets', 'index-3f2a1b.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const fastify = Fastify();

  beforeAll(async () => {
    expect(await serveClientApp(fastify, root)).toBe(true);
    await fastify.ready();
  });

  afterAll(() => fastify.close());

  it.each(['/', '/account', '/company/new', '/index.html'])('revalidates the HTML shell at %s on every load', async (url) => {
    const response = await fastify.inject({ url, headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>app</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/health/nothing', '/metrics', '/metrics/x', '/api', '/api/nothing', '/pki/x', '/dev', '/graphql/x', '/.well-known/x'])(
    'answers the server path %s with a 404, never the HTML shell',
    async (url) => {
      expect((await fastify.inject({ url, headers: { accept: 'text/html' } })).statusCode).toBe(404);
    },
  );

  it.each(['/apiary', '/healthy-living', '/metrics-explained'])(
    'serves the client route %s, which only begins like a server path',
    async (url) => {
      expect((await fastify.inject({ url, headers: { accept: 'text/html' } })).statusCode).toBe(200);
    },
  );

  it('keeps hashed assets for a year, the service worker fresh, other files an hour', async () => {
    expect((await fastify.inject({ url: '/assets/index-3f2a1b.js' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await fastify.inject({ url: '/sw.js' })).headers['cache-control']).toBe('no-cache');
    expect((await fastify.inject({ url: '/favicon.svg' })).headers['cache-control']).toBe('public, max-age=3600');
  });
});

import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../common/project-root.js';

export const CLIENT_DIST = path.join(PROJECT_ROOT, 'client', 'dist');

/** Paths that belong to the server (each with everything below it); unknown ones there are a 404, never the client's index.html. */
const SERVER_PATHS = ['/graphql', '/api', '/health', '/metrics', '/dev', '/pki', '/.well-known'];

export function isServerPath(url: string): boolean {
  return SERVER_PATHS.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
}

/**
 * Serves the built web client on the same port: its files as they are, and `index.html` for
 * every other GET that asks for a page, so client-side routes survive a reload.
 */
export async function serveClientApp(fastify: FastifyInstance, root = CLIENT_DIST): Promise<boolean> {
  const indexFile = path.join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    maxAge: '1h',
    setHeaders: (response, filePath) => {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) void response.header('cache-control', 'public, max-age=31536000, immutable');
      // The HTML shell names the current hashed assets and the browser must always see a new service
      // worker at once: both are revalidated on every load (this runs after the static max-age).
      if (filePath.endsWith('.html') || filePath.endsWith(`${path.sep}sw.js`)) void response.header('cache-control', 'no-cache');
    },
  });
  fastify.get('/*', (request, reply) => {
    const url = request.url.split('?')[0];
    const wantsPage = (request.headers.accept ?? '').includes('text/html') || !path.extname(url);
    if (isServerPath(url) || !wantsPage) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
  fastify.get('/', (_request, reply) => reply.sendFile('index.html'));
  return true;
}

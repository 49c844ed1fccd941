import { defineConfig } from 'vite';

// Paths are resolved from this file, so the config works from any working directory.
const clientDir = decodeURIComponent(new URL('./', import.meta.url).pathname);
const repoRoot = decodeURIComponent(new URL('../', import.meta.url).pathname);

/** "locale-fr" for locales/fr/*.json; nothing for German, which is bundled. */
function localeChunkName(moduleId: string): string | null {
  const language = /[\\/]locales[\\/]([a-z]{2,3})[\\/][^\\/]+\.json$/.exec(moduleId)?.[1];
  return language && language !== 'de' ? `locale-${language}` : null;
}

const apiServer = 'http://localhost:3000';
const proxiedPaths = ['/graphql', '/health', '/dev', '/api', '/.well-known', '/pki'];

export default defineConfig({
  root: clientDir,
  publicDir: false,
  oxc: {
    jsx: { runtime: 'automatic' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // React Router marks modules "use client" for server components; meaningless in this SPA.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      // The service worker is its own entry with a fixed name, served at /sw.js (scope: the whole app).
      input: { main: `${clientDir}index.html`, sw: `${clientDir}src/offline/service-worker.ts` },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
        // Libraries change less often than the app: separate chunks cache better.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|zen-observable)/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // One chunk per language (all its namespaces), fetched when the language is chosen; German
            // stays in the main bundle (client/src/i18n/catalogues.ts).
            { name: (id) => localeChunkName(id), debugName: 'locales', test: /[\\/]locales[\\/][^\\/]+[\\/][^\\/]+\.json$/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: apiServer, changeOrigin: false }])),
    fs: {
      // The translation catalogues live in ../locales, shared with the server.
      allow: [repoRoot],
    },
  },
});

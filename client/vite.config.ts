import { readFileSync, statSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

// Paths are resolved from this file, so the config works from any working directory.
const clientDir = decodeURIComponent(new URL('./', import.meta.url).pathname);
const repoRoot = decodeURIComponent(new URL('../', import.meta.url).pathname);

/** "locale-fr" for locales/fr/*.json; nothing for German, which is bundled. */
function localeChunkName(moduleId: string): string | null {
  const language = /[\\/]locales[\\/]([a-z]{2,3})[\\/][^\\/]+\.json$/.exec(moduleId)?.[1];
  return language && language !== 'de' ? `locale-${language}` : null;
}

/**
 * The generated `graphql()` (client/src/gql/gql.ts) finds a document in one map of all of them, so
 * the first page would load every document. Each call is replaced by its document itself, taken from
 * the generated client/src/gql/graphql.ts (one `export const <Name>Document = {…} as unknown as …`
 * line each): a document travels in the chunk of the page that uses it.
 */
function inlineGraphqlDocuments(): Plugin {
  const generatedDir = `${clientDir}src/gql/`;
  const generatedFile = `${generatedDir}graphql.ts`;
  let cache: { mtimeMs: number; documents: Map<string, string> } | undefined;
  function documents(): Map<string, string> {
    const { mtimeMs } = statSync(generatedFile);
    if (cache?.mtimeMs !== mtimeMs) {
      const lines = readFileSync(generatedFile, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm);
      cache = { mtimeMs, documents: new Map([...lines].map(([, name, json]) => [name, json])) };
    }
    return cache.documents;
  }
  return {
    name: 'inline-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (id.startsWith(generatedDir) || !/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      this.addWatchFile(generatedFile);
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, source: string) => {
        const definition = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(source);
        const name = definition && (definition[1] === 'fragment' ? `${definition[2]}FragmentDoc` : `${definition[2]}Document`);
        const document = name ? documents().get(name) : undefined;
        if (!document)
          throw new Error(`${id}: no generated document for ${name ?? 'a graphql() call without a name'}: run npm run codegen`);
        return document;
      });
      return { code: replaced, map: null };
    },
  };
}

const apiServer = 'http://localhost:3000';
const proxiedPaths = ['/graphql', '/health', '/dev', '/api', '/.well-known', '/pki'];

export default defineConfig({
  root: clientDir,
  publicDir: false,
  plugins: [inlineGraphqlDocuments()],
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

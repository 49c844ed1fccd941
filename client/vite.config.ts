import { readFileSync, readdirSync, statSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { START_TEXTS } from './src/i18n/startTexts';

// Paths are resolved from this file, so the config works from any working directory.
const clientDir = decodeURIComponent(new URL('./', import.meta.url).pathname);
const repoRoot = decodeURIComponent(new URL('../', import.meta.url).pathname);

/** "locale-fr-start" and "locale-fr" for the two catalogue chunks of French (translationCatalogues). */
function localeChunkName(moduleId: string): string | null {
  const match = /virtual:catalogues\/([a-z]{2,3})\/(start|rest)$/.exec(moduleId);
  if (!match) return null;
  return match[2] === 'start' ? `locale-${match[1]}-start` : `locale-${match[1]}`;
}

/**
 * The translation catalogues of locales/<lng>/<namespace>.json (the server's too) as
 * `virtual:catalogues`: the namespaces of the German reference catalogue, and per language two
 * loaders, `start` (START_TEXTS: what the first page shows) and `rest` (every namespace not entirely
 * in `start`, in full), each one chunk (client/src/i18n/catalogues.ts). emails.json holds the
 * e-mail templates, which only the server composes: not shipped to browsers.
 */
function translationCatalogues(): Plugin {
  const localesDir = `${repoRoot}locales/`;
  const prefix = 'virtual:catalogues';
  const namespacesOf = (language: string) =>
    readdirSync(`${localesDir}${language}`)
      .filter((file) => file.endsWith('.json') && file !== 'emails.json')
      .map((file) => file.slice(0, -'.json'.length))
      .sort();
  // Folders named like a language; locales/_translation/ holds the translation records.
  const languages = () =>
    readdirSync(localesDir)
      .filter((name) => /^[a-z]{2,3}$/.test(name))
      .sort();
  return {
    name: 'translation-catalogues',
    resolveId(id) {
      return id === prefix || id.startsWith(`${prefix}/`) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const path = id.slice(1 + prefix.length);
      if (path === '') {
        const loaders = languages().map(
          (language) =>
            `${JSON.stringify(language)}: { start: () => import('${prefix}/${language}/start'), rest: () => import('${prefix}/${language}/rest') }`,
        );
        return `export const namespaces = ${JSON.stringify(namespacesOf('de'))};\nexport const loaders = {\n${loaders.join(',\n')}\n};\n`;
      }
      const [, language, group] = /^\/([a-z]{2,3})\/(start|rest)$/.exec(path) ?? [];
      if (!language) return null;
      const catalogues: Record<string, unknown> = {};
      for (const namespace of namespacesOf(language)) {
        const wanted = group === 'start' ? START_TEXTS[namespace] : START_TEXTS[namespace] === '*' ? undefined : '*';
        if (!wanted) continue;
        const file = `${localesDir}${language}/${namespace}.json`;
        this.addWatchFile(file);
        const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        catalogues[namespace] =
          wanted === '*' ? catalogue : Object.fromEntries(wanted.filter((key) => key in catalogue).map((key) => [key, catalogue[key]]));
      }
      return `export default ${JSON.stringify(catalogues)};\n`;
    },
  };
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
  plugins: [inlineGraphqlDocuments(), translationCatalogues()],
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
        // Libraries change less often than the app: separate chunks cache better. Only libraries the
        // first page uses whole: a group takes every matching module, also those only later pages
        // import (Apollo's mutation and subscription code, graphql-ws, react-i18next's Trans), which
        // would then load with the landing page (issue 19, `npm run budget:client`).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/ },
            // Two chunks per language, fetched when needed (translationCatalogues).
            { name: (id) => localeChunkName(id), debugName: 'locales', test: /virtual:catalogues\/[a-z]{2,3}\/(start|rest)$/ },
          ],
        },
      },
    },
  },
  server: {
    // `ws`: GraphQL subscriptions (graphql-ws) upgrade on /graphql.
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: apiServer, changeOrigin: false, ws: path === '/graphql' }])),
    fs: {
      // packages/shared (and locales/, read by translationCatalogues) live beside client/.
      allow: [repoRoot],
    },
  },
});

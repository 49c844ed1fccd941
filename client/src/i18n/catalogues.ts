import type { ResourceLanguage } from 'i18next';
import { AUTHORITATIVE_LANGUAGE, LANGUAGE_CODES } from '../../../packages/shared/src/index.js';

type Catalogue = ResourceLanguage[string];

/**
 * The catalogues in locales/<language>/<namespace>.json at the repo root, the same files the server
 * uses. Only folders named in LANGUAGE_CODES are languages (locales/_translation/ holds the
 * translation records, not a language).
 *
 * German, the authoritative text and the fallback of every other language, is in the main bundle.
 * Every other language is fetched when it is chosen: vite.config.ts puts all namespaces of one
 * language into one chunk, so twelve languages cost a German reader nothing.
 */
// emails.json holds the e-mail templates, which only the server composes: not shipped to browsers.
const germanFiles = import.meta.glob<Catalogue>(['../../../locales/de/*.json', '!../../../locales/de/emails.json'], {
  eager: true,
  import: 'default',
});
const otherFiles = import.meta.glob<Catalogue>(
  ['../../../locales/*/*.json', '!../../../locales/de/*.json', '!../../../locales/_*/**', '!../../../locales/*/emails.json'],
  { import: 'default' },
);

export const DEFAULT_LANGUAGE = AUTHORITATIVE_LANGUAGE;

/** Every language the UI can be shown in, in the order of packages/shared (German first). */
export const SUPPORTED_LANGUAGES: readonly string[] = LANGUAGE_CODES;

export function isSupportedLanguage(language: string | null | undefined): language is string {
  return Boolean(language) && SUPPORTED_LANGUAGES.includes(language!);
}

function parsePath(path: string): { language: string; namespace: string } | undefined {
  const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { language: match[1], namespace: match[2] } : undefined;
}

export const germanResources: ResourceLanguage = {};
for (const [path, catalogue] of Object.entries(germanFiles)) {
  const parsed = parsePath(path);
  if (parsed) germanResources[parsed.namespace] = catalogue;
}

/** The namespaces of the German reference catalogue: every other language has (or falls back to) the same. */
export const NAMESPACES: string[] = Object.keys(germanResources);

const loaders = new Map<string, Array<{ namespace: string; load: () => Promise<Catalogue> }>>();
for (const [path, load] of Object.entries(otherFiles)) {
  const parsed = parsePath(path);
  if (!parsed || !isSupportedLanguage(parsed.language) || !NAMESPACES.includes(parsed.namespace)) continue;
  const list = loaders.get(parsed.language) ?? [];
  list.push({ namespace: parsed.namespace, load });
  loaders.set(parsed.language, list);
}

const loaded = new Map<string, Promise<ResourceLanguage>>();

/**
 * The catalogues of one language: German at once, any other from its chunk (fetched once). A
 * language without catalogues yet resolves to nothing, so the UI shows German, the fallback.
 */
export function loadCatalogues(language: string): Promise<ResourceLanguage> {
  if (language === DEFAULT_LANGUAGE) return Promise.resolve(germanResources);
  let pending = loaded.get(language);
  if (!pending) {
    const files = loaders.get(language) ?? [];
    pending = Promise.all(files.map(async ({ namespace, load }) => [namespace, await load()] as const)).then(Object.fromEntries);
    // A failed fetch (e.g. offline before the chunk was ever cached) may succeed next time.
    pending.catch(() => loaded.delete(language));
    loaded.set(language, pending);
  }
  return pending;
}

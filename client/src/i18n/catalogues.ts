import type { ResourceLanguage } from 'i18next';
import { loaders, namespaces } from 'virtual:catalogues';
import { AUTHORITATIVE_LANGUAGE, LANGUAGE_CODES } from '../../../packages/shared/src/index.js';

/**
 * The catalogues in locales/<language>/<namespace>.json at the repo root, the same files the server
 * uses. Only folders named in LANGUAGE_CODES are languages (locales/_translation/ holds the
 * translation records, not a language).
 *
 * None is in the main bundle (issue 19: the landing page of a phone loads little). vite.config.ts
 * (translationCatalogues) makes two chunks per language: `start`, the texts of the layout and the
 * landing page (START_TEXTS, fetched before the first render), and `rest`, every other namespace in
 * full (fetched with the first other page, CataloguesReady). German, the authoritative text, is the
 * fallback of every other language and is fetched beside it.
 */
export const DEFAULT_LANGUAGE = AUTHORITATIVE_LANGUAGE;

/** Every language the UI can be shown in, in the order of packages/shared (German first). */
export const SUPPORTED_LANGUAGES: readonly string[] = LANGUAGE_CODES;

export function isSupportedLanguage(language: string | null | undefined): language is string {
  return Boolean(language) && SUPPORTED_LANGUAGES.includes(language!);
}

/** The namespaces of the German reference catalogue: every other language has (or falls back to) the same. */
export const NAMESPACES: string[] = namespaces;

/** "start": the texts of the first page (START_TEXTS); "rest": every other namespace in full. */
export type CatalogueGroup = 'start' | 'rest';

const loaded = new Map<string, Promise<ResourceLanguage>>();

/**
 * One group of catalogues of one language (one chunk, fetched once). A language without catalogues
 * yet resolves to nothing, so the UI shows German, the fallback.
 */
export function loadCatalogueGroup(language: string, group: CatalogueGroup): Promise<ResourceLanguage> {
  const key = `${language}|${group}`;
  let pending = loaded.get(key);
  if (!pending) {
    const load = isSupportedLanguage(language) ? loaders[language]?.[group] : undefined;
    pending = load ? load().then((module) => module.default as ResourceLanguage) : Promise.resolve({});
    // A failed fetch (e.g. offline before the chunk was ever cached) may succeed next time.
    pending.catch(() => loaded.delete(key));
    loaded.set(key, pending);
  }
  return pending;
}

/** Fetches (without showing) the start texts of a language, e.g. while a language choice is saved. */
export function loadCatalogues(language: string): Promise<ResourceLanguage> {
  return loadCatalogueGroup(language, 'start');
}

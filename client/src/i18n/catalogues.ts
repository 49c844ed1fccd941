import type { Resource, ResourceLanguage } from 'i18next';

/**
 * Every catalogue in locales/<language>/<namespace>.json at the repo root, the same files the
 * server uses. Namespaces that do not exist (yet) are simply not loaded.
 */
const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

function parsePath(path: string): { language: string; namespace: string } | undefined {
  const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { language: match[1], namespace: match[2] } : undefined;
}

export const resources: Resource = {};
for (const [path, catalogue] of Object.entries(files)) {
  const parsed = parsePath(path);
  if (!parsed) continue;
  const language: ResourceLanguage = (resources[parsed.language] ??= {});
  language[parsed.namespace] = catalogue as ResourceLanguage[string];
}

export const DEFAULT_LANGUAGE = 'de';

/** Languages the UI can be shown in: those with a common.json, the default first. */
export const SUPPORTED_LANGUAGES: string[] = Object.keys(resources)
  .filter((language) => resources[language]?.common)
  .sort((a, b) => (a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b)));

export const NAMESPACES: string[] = [...new Set(Object.values(resources).flatMap((language) => Object.keys(language)))];

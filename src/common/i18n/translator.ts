import i18next, { type i18n, type TOptions } from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Negotiator from 'negotiator';
import { PROJECT_ROOT } from '../project-root.js';

export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');

/** Reads every `locales/<lng>/<namespace>.json` catalogue. */
export function readCatalogues(directory = LOCALES_DIR): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const language of readdirSync(directory)) {
    const languageDir = path.join(directory, language);
    resources[language] = {};
    for (const file of readdirSync(languageDir).filter((name) => name.endsWith('.json'))) {
      resources[language][path.basename(file, '.json')] = JSON.parse(readFileSync(path.join(languageDir, file), 'utf8'));
    }
  }
  return resources;
}

/** Server-side translations from the catalogues the client uses too. */
export class Translator {
  private readonly i18n: i18n;

  constructor(
    readonly supportedLanguages: string[],
    readonly defaultLanguage: string,
  ) {
    this.i18n = i18next.createInstance();
    const resources = readCatalogues();
    void this.i18n.init({
      resources,
      supportedLngs: supportedLanguages,
      fallbackLng: defaultLanguage,
      ns: [...new Set(Object.values(resources).flatMap((namespaces) => Object.keys(namespaces)))],
      defaultNS: 'errors',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }

  t(language: string, key: string, options: TOptions = {}): string {
    return this.i18n.t(key, { ...options, lng: language }) as string;
  }

  /** The account's language when set and supported, then the best match of Accept-Language. */
  resolve(accountLanguage?: string | null, acceptLanguage?: string | string[]): string {
    if (accountLanguage && this.supportedLanguages.includes(accountLanguage)) return accountLanguage;
    if (acceptLanguage) {
      const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
      const negotiator = new Negotiator({ headers: { 'accept-language': header } });
      const exact = negotiator.language(this.supportedLanguages);
      if (exact) return exact;
      const primaries = negotiator.languages().map((tag) => tag.split('-')[0].toLowerCase());
      const match = primaries.find((primary) => this.supportedLanguages.includes(primary));
      if (match) return match;
    }
    return this.defaultLanguage;
  }
}

import i18next, { type i18n, type TOptions } from 'i18next';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_CODES } from '../../../packages/shared/src/languages.js';
import { PROJECT_ROOT } from '../project-root.js';

export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');

/**
 * Reads every `locales/<lng>/<namespace>.json` catalogue of a language in LANGUAGE_CODES; other
 * folders (e.g. `locales/_translation/`, the translation records) are not catalogues.
 */
export function readCatalogues(directory = LOCALES_DIR): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const language of LANGUAGE_CODES) {
    const languageDir = path.join(directory, language);
    if (!existsSync(languageDir)) continue;
    resources[language] = {};
    for (const file of readdirSync(languageDir).filter((name) => name.endsWith('.json'))) {
      resources[language][path.basename(file, '.json')] = JSON.parse(readFileSync(path.join(languageDir, file), 'utf8'));
    }
  }
  return resources;
}

/** Tags that name a supported language under another code (retired or ISO 639-3 codes). */
const LANGUAGE_ALIASES: Record<string, string> = { prs: 'fa', pes: 'fa', mo: 'ro', cmn: 'zh' };

/** Where the language of a request may come from, strongest first after the account. */
export interface LanguageSources {
  /** The signed-in account's preference. */
  account?: string | null;
  /** An explicit choice for this request: the `lng` query parameter. */
  explicit?: string | string[] | null;
  /** The browser's `Accept-Language` header. */
  acceptLanguage?: string | string[] | null;
}

interface WeightedTag {
  tag: string;
  q: number;
  order: number;
}

/** `Accept-Language` entries with q > 0, best first (ties keep the header's order). */
export function parseAcceptLanguage(header: string | string[]): string[] {
  const text = Array.isArray(header) ? header.join(',') : header;
  const entries: WeightedTag[] = [];
  // A header is short; a longer one is not worth reading in full.
  text
    .slice(0, 1000)
    .split(',')
    .slice(0, 50)
    .forEach((part, order) => {
      const [rawTag, ...parameters] = part.trim().split(';');
      const tag = rawTag.trim();
      if (!/^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/.test(tag)) return;
      let q = 1;
      for (const parameter of parameters) {
        const match = /^\s*q\s*=\s*([0-9](?:\.[0-9]{0,3})?)\s*$/i.exec(parameter);
        if (match) q = Math.min(1, Number(match[1]));
      }
      if (q > 0) entries.push({ tag, q, order });
    });
  return entries.sort((a, b) => b.q - a.q || a.order - b.order).map((entry) => entry.tag);
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

  /** Whether the catalogues have `key` (in the authoritative language, which every other one follows). */
  has(key: string): boolean {
    return this.i18n.exists(key, { lng: this.defaultLanguage });
  }

  /** Whether `language` is a code this installation speaks. */
  supports(language: string | null | undefined): boolean {
    return typeof language === 'string' && this.supportedLanguages.includes(language);
  }

  /**
   * The supported language a BCP 47 tag asks for: the tag itself, else its primary language
   * (`fr-FR` → `fr`, `zh-Hans-CN` → `zh`, `pt-BR` → none). Case does not matter.
   */
  match(tag: string | null | undefined): string | undefined {
    if (!tag) return undefined;
    const lower = tag.trim().toLowerCase().replace(/_/g, '-');
    if (this.supports(lower)) return lower;
    const primary = lower.split('-')[0];
    const language = LANGUAGE_ALIASES[primary] ?? primary;
    return this.supports(language) ? language : undefined;
  }

  /** The best supported language of an `Accept-Language` header (`*` means the default), or undefined. */
  negotiate(acceptLanguage: string | string[] | null | undefined): string | undefined {
    if (!acceptLanguage) return undefined;
    for (const tag of parseAcceptLanguage(acceptLanguage)) {
      if (tag === '*') return this.defaultLanguage;
      const language = this.match(tag);
      if (language) return language;
    }
    return undefined;
  }

  /** The account's preference, then an explicit `lng`, then Accept-Language, then the default (German). */
  resolve(sources: LanguageSources = {}): string {
    if (sources.account && this.supports(sources.account)) return sources.account;
    const explicit = Array.isArray(sources.explicit) ? sources.explicit[0] : sources.explicit;
    return this.match(explicit) ?? this.negotiate(sources.acceptLanguage) ?? this.defaultLanguage;
  }
}

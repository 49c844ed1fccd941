import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AUTHORITATIVE_LANGUAGE, languageInfo } from '../../packages/shared/src/languages.ts';

/**
 * The translation record of one language, `locales/_translation/<lng>.json`: how the catalogue was
 * made, which keys a person has reviewed, and from which German text each key was translated (a
 * short hash per key), so that a changed German text shows its translations as outdated.
 */
export interface TranslationRecord {
  language: string;
  /** Written by a machine (or by us without a native reviewer); the UI says the German text is binding. */
  machineTranslated: boolean;
  /** `namespace:key` of translations a person has reviewed since they were stamped. */
  reviewed: string[];
  /** `namespace` → `key` → hash of the German text the translation was made from. */
  sources: Record<string, Record<string, string>>;
}

export type CatalogueProblem =
  | { kind: 'missing-namespace'; language: string; namespace: string }
  | { kind: 'missing-key'; language: string; namespace: string; key: string }
  | { kind: 'extra-key'; language: string; namespace: string; key: string }
  | { kind: 'empty'; language: string; namespace: string; key: string }
  | { kind: 'placeholders'; language: string; namespace: string; key: string; expected: string[]; actual: string[] }
  | { kind: 'plural-forms'; language: string; namespace: string; key: string; expected: string[]; actual: string[] }
  | { kind: 'unrecorded'; language: string; namespace: string; key: string }
  | { kind: 'outdated'; language: string; namespace: string; key: string };

type Catalogue = Record<string, unknown>;
type Catalogues = Record<string, Record<string, Catalogue>>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const RECORD_FOLDER = '_translation';

/** Every `<dir>/<lng>/<namespace>.json` whose `<lng>` is a known language. */
export function readLanguageCatalogues(localesDir: string): Catalogues {
  const catalogues: Catalogues = {};
  for (const language of readdirSync(localesDir)) {
    if (!languageInfo(language)) continue;
    catalogues[language] = {};
    for (const file of readdirSync(path.join(localesDir, language)).filter((name) => name.endsWith('.json'))) {
      catalogues[language][path.basename(file, '.json')] = JSON.parse(readFileSync(path.join(localesDir, language, file), 'utf8'));
    }
  }
  return catalogues;
}

function flatten(catalogue: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  if (typeof catalogue !== 'object' || catalogue === null) return entries.set(prefix, String(catalogue));
  for (const [key, child] of Object.entries(catalogue)) {
    for (const [leaf, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) entries.set(leaf, text);
  }
  return entries;
}

/**
 * The German entries grouped into messages: a plain key is one message, `x_one`/`x_other` (only
 * when German has `x_other`) are the plural forms of the message `x`.
 */
function messagesOf(entries: Map<string, string>, pluralBases: Set<string>): Map<string, Map<string, string>> {
  const messages = new Map<string, Map<string, string>>();
  for (const [key, text] of entries) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const message = pluralBases.has(base) && base !== key ? base : key;
    if (!messages.has(message)) messages.set(message, new Map());
    messages.get(message)!.set(key, text);
  }
  return messages;
}

function pluralBasesOf(entries: Map<string, string>): Set<string> {
  return new Set([...entries.keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length)));
}

/** `{{name}}` interpolations and `$t(…)` nestings, the parts a translation must keep. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/{{\s*([^}]+?)\s*}}|\$t\(([^)]*)\)/g)].map((match) => match[0].replace(/\s/g, '')).sort();
}

export function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(languageInfo(language)?.locale ?? language).resolvedOptions().pluralCategories;
}

/** A short fingerprint of the German text of one message (all its plural forms). */
export function sourceHash(germanForms: Map<string, string>): string {
  const text = JSON.stringify([...germanForms.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

export function recordPath(localesDir: string, language: string): string {
  return path.join(localesDir, RECORD_FOLDER, `${language}.json`);
}

export function readRecord(localesDir: string, language: string): TranslationRecord {
  const file = recordPath(localesDir, language);
  if (!existsSync(file)) return { language, machineTranslated: true, reviewed: [], sources: {} };
  return JSON.parse(readFileSync(file, 'utf8')) as TranslationRecord;
}

export function writeRecord(localesDir: string, record: TranslationRecord): void {
  const sorted = Object.fromEntries(
    Object.keys(record.sources)
      .sort()
      .map((namespace) => [
        namespace,
        Object.fromEntries(Object.entries(record.sources[namespace]).sort(([a], [b]) => a.localeCompare(b))),
      ]),
  );
  const body = { ...record, reviewed: [...new Set(record.reviewed)].sort(), sources: sorted };
  writeFileSync(recordPath(localesDir, record.language), `${JSON.stringify(body, null, 2)}\n`);
}

/** German messages by namespace, each with the hash of its current text. */
export function germanMessages(catalogues: Catalogues): Map<string, Map<string, { forms: Map<string, string>; hash: string }>> {
  const result = new Map<string, Map<string, { forms: Map<string, string>; hash: string }>>();
  for (const [namespace, catalogue] of Object.entries(catalogues[AUTHORITATIVE_LANGUAGE] ?? {})) {
    const entries = flatten(catalogue);
    const messages = new Map<string, { forms: Map<string, string>; hash: string }>();
    for (const [message, forms] of messagesOf(entries, pluralBasesOf(entries))) messages.set(message, { forms, hash: sourceHash(forms) });
    result.set(namespace, messages);
  }
  return result;
}

/** Everything that keeps a language's catalogue from matching the German one. */
export function catalogueProblems(
  localesDir: string,
  language: string,
  catalogues = readLanguageCatalogues(localesDir),
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const german = germanMessages(catalogues);
  const record = readRecord(localesDir, language);
  const categories = pluralCategories(language);
  for (const [namespace, messages] of german) {
    const catalogue = catalogues[language]?.[namespace];
    if (!catalogue) {
      problems.push({ kind: 'missing-namespace', language, namespace });
      continue;
    }
    const entries = flatten(catalogue);
    const pluralBases = new Set([...messages.entries()].filter(([message, { forms }]) => !forms.has(message)).map(([message]) => message));
    const translated = messagesOf(entries, pluralBases);
    for (const [message, { forms, hash }] of messages) {
      const mine = translated.get(message);
      if (!mine) {
        problems.push({ kind: 'missing-key', language, namespace, key: message });
        continue;
      }
      if (pluralBases.has(message)) {
        const expected = categories.map((category) => `${message}_${category}`).sort();
        const actual = [...mine.keys()].sort();
        if (JSON.stringify(expected) !== JSON.stringify(actual))
          problems.push({ kind: 'plural-forms', language, namespace, key: message, expected, actual });
      } else {
        const text = mine.get(message) ?? '';
        const expected = placeholdersOf(forms.get(message) ?? '');
        const actual = placeholdersOf(text);
        if (JSON.stringify(expected) !== JSON.stringify(actual))
          problems.push({ kind: 'placeholders', language, namespace, key: message, expected, actual });
        if (text === '' && forms.get(message) !== '') problems.push({ kind: 'empty', language, namespace, key: message });
      }
      if (language !== AUTHORITATIVE_LANGUAGE) {
        const recorded = record.sources[namespace]?.[message];
        if (!recorded) problems.push({ kind: 'unrecorded', language, namespace, key: message });
        else if (recorded !== hash) problems.push({ kind: 'outdated', language, namespace, key: message });
      }
    }
    for (const message of translated.keys()) {
      if (!messages.has(message)) problems.push({ kind: 'extra-key', language, namespace, key: message });
    }
  }
  return problems;
}

/**
 * Records that the translations of `language` were made from today's German text: every present
 * message without a record, or only `keys` (`namespace:key`) when given, e.g. after updating an
 * outdated translation. Outdated messages are never stamped implicitly.
 */
export function stampTranslations(localesDir: string, language: string, keys?: string[]): string[] {
  const catalogues = readLanguageCatalogues(localesDir);
  const record = readRecord(localesDir, language);
  const wanted = keys ? new Set(keys) : undefined;
  const stamped: string[] = [];
  for (const [namespace, messages] of germanMessages(catalogues)) {
    const present = flatten(catalogues[language]?.[namespace] ?? {});
    for (const [message, { hash, forms }] of messages) {
      const id = `${namespace}:${message}`;
      const isPresent = [...forms.keys()].some((key) => present.has(key)) || present.has(message);
      if (!isPresent) continue;
      const recorded = record.sources[namespace]?.[message];
      if (wanted ? !wanted.has(id) : recorded !== undefined) continue;
      (record.sources[namespace] ??= {})[message] = hash;
      record.reviewed = record.reviewed.filter((reviewed) => reviewed !== id);
      stamped.push(id);
    }
  }
  writeRecord(localesDir, record);
  return stamped;
}

export function describeProblem(problem: CatalogueProblem): string {
  const where =
    'key' in problem ? `${problem.language}/${problem.namespace}.json ${problem.key}` : `${problem.language}/${problem.namespace}.json`;
  switch (problem.kind) {
    case 'missing-namespace':
      return `${where}: the file is missing`;
    case 'missing-key':
      return `${where}: not translated`;
    case 'extra-key':
      return `${where}: not in the German catalogue`;
    case 'empty':
      return `${where}: empty translation`;
    case 'placeholders':
      return `${where}: placeholders [${problem.actual.join(', ')}] instead of [${problem.expected.join(', ')}]`;
    case 'plural-forms':
      return `${where}: plural forms [${problem.actual.join(', ')}] instead of [${problem.expected.join(', ')}]`;
    case 'unrecorded':
      return `${where}: no record of the German text it was made from (npm run i18n:stamp -- ${problem.language})`;
    case 'outdated':
      return `${where}: the German text changed since it was translated`;
  }
}

/** German (and English, as a help) texts of every message `language` lacks or has outdated, keyed `namespace:key`. */
export function messagesToTranslate(
  localesDir: string,
  language: string,
): Record<string, { de: Record<string, string>; en: Record<string, string> }> {
  const catalogues = readLanguageCatalogues(localesDir);
  const english = new Map(Object.entries(catalogues.en ?? {}).map(([namespace, catalogue]) => [namespace, flatten(catalogue)]));
  const german = germanMessages(catalogues);
  const wanted = catalogueProblems(localesDir, language, catalogues).filter(
    (problem) => problem.kind === 'missing-key' || problem.kind === 'outdated' || problem.kind === 'missing-namespace',
  );
  const result: Record<string, { de: Record<string, string>; en: Record<string, string> }> = {};
  for (const problem of wanted) {
    const messages = german.get(problem.namespace);
    const keys = 'key' in problem ? [problem.key] : [...(messages?.keys() ?? [])];
    for (const key of keys) {
      const forms = messages?.get(key)?.forms ?? new Map<string, string>();
      result[`${problem.namespace}:${key}`] = {
        de: Object.fromEntries(forms),
        en: Object.fromEntries([...forms.keys()].map((form) => [form, english.get(problem.namespace)?.get(form) ?? ''])),
      };
    }
  }
  return result;
}

function setPath(target: Record<string, unknown>, dotted: string, text: string): void {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = text;
}

/** `catalogue` with its keys in the German order (plural forms where German has its first form), extras last. */
function inGermanOrder(german: unknown, catalogue: Record<string, unknown>, categories: string[]): Record<string, unknown> {
  if (typeof german !== 'object' || german === null) return catalogue;
  const ordered: Record<string, unknown> = {};
  const germanKeys = Object.keys(german);
  const pluralBases = new Set(germanKeys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length)));
  for (const key of germanKeys) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (pluralBases.has(base) && base !== key) {
      const forms = Object.keys(catalogue).filter((candidate) => candidate.replace(PLURAL_SUFFIX, '') === base && candidate !== base);
      const rank = (form: string) => categories.indexOf(form.slice(base.length + 1));
      for (const form of forms.sort((a, b) => rank(a) - rank(b))) ordered[form] = catalogue[form];
      continue;
    }
    if (!(key in catalogue)) continue;
    const value = catalogue[key];
    ordered[key] =
      typeof value === 'object' && value !== null
        ? inGermanOrder((german as Record<string, unknown>)[key], value as Record<string, unknown>, categories)
        : value;
  }
  for (const [key, value] of Object.entries(catalogue)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}

/**
 * Writes translations (`namespace:key` → text, plural forms as `namespace:key_few` …) into the
 * catalogues of `language`, in the German key order, and records them as made from today's German.
 */
export function mergeTranslations(localesDir: string, language: string, translations: Record<string, string>): string[] {
  const catalogues = readLanguageCatalogues(localesDir);
  const touched = new Set<string>();
  const stampIds = new Set<string>();
  const german = germanMessages(catalogues);
  for (const [id, text] of Object.entries(translations)) {
    const [namespace, key] = id.split(/:(.*)/s, 2);
    if (!catalogues.de?.[namespace] || !key) throw new Error(`${id}: no such German namespace or key`);
    const catalogue = (catalogues[language] ??= {})[namespace] ?? (catalogues[language][namespace] = {});
    setPath(catalogue, key, text);
    touched.add(namespace);
    const message = german.get(namespace)?.has(key) ? key : key.replace(PLURAL_SUFFIX, '');
    if (!german.get(namespace)?.has(message)) throw new Error(`${id}: not a German message`);
    stampIds.add(`${namespace}:${message}`);
  }
  for (const namespace of touched) {
    const ordered = inGermanOrder(catalogues.de[namespace], catalogues[language][namespace], pluralCategories(language));
    writeFileSync(path.join(localesDir, language, `${namespace}.json`), `${JSON.stringify(ordered, null, 2)}\n`);
  }
  return stampTranslations(localesDir, language, [...stampIds]);
}

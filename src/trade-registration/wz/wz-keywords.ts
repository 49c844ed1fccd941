import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One kind of business people register (e.g. "restaurant"), with its WZ 2008 subclass. */
export interface WzKind {
  code: string;
  /** Per language (ISO 639-1): what people call it, e.g. { de: ['Restaurant', 'Gastronomie'], en: ['restaurant'] }. */
  keywords: Record<string, string[]>;
  /** Per language: what the code covers, in plain words; German always present. */
  explanation: Record<string, string>;
}

export interface WzKeywordFile {
  classification: string;
  kinds: WzKind[];
}

export const WZ_KEYWORDS_FILE = 'wz-keywords.json';

/**
 * Keywords in any script compared like titles: lower case, umlauts spelled out, accents and other
 * marks removed, anything but letters and digits as single spaces (Cyrillic, Arabic and Chinese kept).
 */
export function normaliseKeyword(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same with umlauts reduced to their base letter (ü → u), for people typing without umlauts. */
export function normaliseKeywordPlain(text: string): string {
  return normaliseKeyword(text.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u'));
}

const cache = new Map<string, WzKeywordFile>();

/** The keyword file shipped beside the official lists (data/wz-keywords.json), read once per process. */
export function readWzKeywords(dataDir: string): WzKeywordFile {
  let file = cache.get(dataDir);
  if (!file) {
    file = JSON.parse(readFileSync(path.join(dataDir, WZ_KEYWORDS_FILE), 'utf8')) as WzKeywordFile;
    for (const kind of file.kinds)
      if (!kind.explanation.de || !kind.keywords.de?.length)
        throw new Error(`${WZ_KEYWORDS_FILE}: ${kind.code} has no German keywords or explanation`);
    cache.set(dataDir, file);
  }
  return file;
}

/** A kind's keywords prepared for matching: each keyword in both spellings, with the language it is from. */
export interface IndexedKeyword {
  text: string;
  original: string;
  language: string;
  words: string[];
}

export function indexKeywords(kind: WzKind): IndexedKeyword[] {
  const seen = new Set<string>();
  const indexed: IndexedKeyword[] = [];
  for (const [language, keywords] of Object.entries(kind.keywords))
    for (const original of keywords)
      for (const text of [normaliseKeyword(original), normaliseKeywordPlain(original)]) {
        if (!text || seen.has(text)) continue;
        seen.add(text);
        indexed.push({ text, original, language, words: text.split(' ') });
      }
  return indexed;
}

/** The explanation in the language asked for, else German (the caller shows which language it is). */
export function explanationIn(kind: WzKind, language: string): { text: string; language: string } {
  const text = kind.explanation[language];
  return text ? { text, language } : { text: kind.explanation.de, language: 'de' };
}

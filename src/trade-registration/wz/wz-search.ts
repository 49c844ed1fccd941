import { indexKeywords, normaliseKeyword, normaliseKeywordPlain, type IndexedKeyword, type WzKind } from './wz-keywords.js';
import { compactCode, normaliseWz, normaliseWzPlain } from './wz-search-text.js';

export interface WzEntry {
  code: string;
  level: number;
  parentCode: string | null;
  title: string;
  searchText: string;
}

/**
 * Lower is better: exact code, code prefix, a keyword as typed, the start of a keyword, title prefix,
 * word prefixes of the title, word prefixes of a keyword, substrings of the title.
 */
export enum WzMatch {
  exactCode = 0,
  codePrefix = 1,
  keyword = 2,
  keywordPrefix = 3,
  titlePrefix = 4,
  wordPrefix = 5,
  keywordWords = 6,
  substring = 7,
}

export interface WzHit extends WzEntry {
  match: WzMatch;
  /** The kind of business the entry was found through (or its first kind), null when it has none. */
  kind: WzKind | null;
  /** The keyword that matched, as written in the keyword file. */
  keyword: string | null;
}

interface KindKeywords {
  kind: WzKind;
  keywords: IndexedKeyword[];
}

interface Indexed extends WzEntry {
  compact: string;
  words: string[];
  /** The title with umlauts as base letters (ü → u). */
  plain: string;
  plainWords: string[];
  kinds: KindKeywords[];
}

/**
 * The suggestion while typing, in memory: an edition has about 2,000 entries and a few thousand
 * keywords; a linear scan with precomputed normalised texts answers in about a millisecond.
 * `kinds` are the keywords of the common kinds of business, with codes of this edition.
 */
export class WzSearchIndex {
  private readonly entries: Indexed[];

  constructor(entries: readonly WzEntry[], kinds: readonly WzKind[] = []) {
    const kindsByCode = new Map<string, KindKeywords[]>();
    for (const kind of kinds) kindsByCode.set(kind.code, [...(kindsByCode.get(kind.code) ?? []), { kind, keywords: indexKeywords(kind) }]);
    this.entries = entries.map((entry) => {
      const plain = normaliseWzPlain(entry.title);
      return {
        ...entry,
        compact: compactCode(entry.code),
        words: entry.searchText.split(' '),
        plain,
        plainWords: plain.split(' '),
        kinds: kindsByCode.get(entry.code) ?? [],
      };
    });
  }

  get size(): number {
    return this.entries.length;
  }

  search(query: string, first: number): WzHit[] {
    const text = normaliseWz(query);
    const keywordQueries = [...new Set([normaliseKeyword(query), normaliseKeywordPlain(query)])]
      .filter(Boolean)
      .map((keywordText) => ({ text: keywordText, tokens: keywordText.split(' ') }));
    if (!text && !keywordQueries.length) return [];
    const code = compactCode(query);
    const looksLikeCode = /^[0-9]{1,6}$/.test(code);
    const tokens = text.split(' ').filter((token) => token !== '.');
    const plain = normaliseWzPlain(query);
    const plainTokens = plain.split(' ').filter((token) => token !== '.');
    const hits: { entry: Indexed; match: WzMatch; kind: KindKeywords | null; keyword: IndexedKeyword | null }[] = [];
    for (const entry of this.entries) {
      let match = looksLikeCode ? this.codeMatch(entry, code) : null;
      if (match === null) match = this.matchOf(entry.searchText, entry.words, text, tokens);
      if (match === null || match > WzMatch.titlePrefix) {
        const plainMatch = this.matchOf(entry.plain, entry.plainWords, plain, plainTokens);
        if (plainMatch !== null && (match === null || plainMatch < match)) match = plainMatch;
      }
      let kind: KindKeywords | null = entry.kinds[0] ?? null;
      let keyword: IndexedKeyword | null = null;
      if (match === null || match > WzMatch.codePrefix)
        for (const candidate of entry.kinds)
          for (const indexed of candidate.keywords) {
            const keywordMatch = this.keywordMatch(indexed, keywordQueries);
            if (keywordMatch !== null && (match === null || keywordMatch < match || (keywordMatch === match && !keyword))) {
              match = keywordMatch;
              kind = candidate;
              keyword = indexed;
            }
          }
      if (match !== null) hits.push({ entry, match, kind, keyword });
    }
    hits.sort(
      (a, b) =>
        a.match - b.match ||
        Number(b.entry.level === 5) - Number(a.entry.level === 5) ||
        (a.match <= WzMatch.codePrefix ? a.entry.code.length - b.entry.code.length : a.entry.title.length - b.entry.title.length) ||
        (a.entry.code < b.entry.code ? -1 : a.entry.code > b.entry.code ? 1 : 0),
    );
    return hits.slice(0, first).map(({ entry: { code, level, parentCode, title, searchText }, match, kind, keyword }) => ({
      code,
      level,
      parentCode,
      title,
      searchText,
      match,
      kind: kind?.kind ?? null,
      keyword: keyword?.original ?? null,
    }));
  }

  private keywordMatch(keyword: IndexedKeyword, queries: { text: string; tokens: string[] }[]): WzMatch | null {
    let best: WzMatch | null = null;
    for (const query of queries) {
      let match: WzMatch | null = null;
      if (keyword.text === query.text) match = WzMatch.keyword;
      else if (keyword.text.startsWith(query.text)) match = WzMatch.keywordPrefix;
      else if (query.tokens.every((token) => keyword.words.some((word) => word.startsWith(token)))) match = WzMatch.keywordWords;
      if (match !== null && (best === null || match < best)) best = match;
    }
    return best;
  }

  private codeMatch(entry: Indexed, code: string): WzMatch | null {
    if (entry.compact === code) return WzMatch.exactCode;
    if (entry.compact.startsWith(code)) return WzMatch.codePrefix;
    return null;
  }

  private matchOf(title: string, words: string[], text: string, tokens: string[]): WzMatch | null {
    if (!text) return null;
    if (title.startsWith(text)) return WzMatch.titlePrefix;
    if (tokens.every((token) => words.some((word) => word.startsWith(token)))) return WzMatch.wordPrefix;
    if (tokens.every((token) => title.includes(token))) return WzMatch.substring;
    return null;
  }
}

import { compactCode, normaliseWz, normaliseWzPlain } from './wz-search-text.js';

export interface WzEntry {
  code: string;
  level: number;
  parentCode: string | null;
  title: string;
  searchText: string;
}

/** Lower is better: exact code, code prefix, title prefix, word prefixes, substrings. */
export enum WzMatch {
  exactCode = 0,
  codePrefix = 1,
  titlePrefix = 2,
  wordPrefix = 3,
  substring = 4,
}

interface Indexed extends WzEntry {
  compact: string;
  words: string[];
  /** The title with umlauts as base letters (ü → u). */
  plain: string;
  plainWords: string[];
}

/**
 * The suggestion while typing, in memory: an edition has about 2,000 entries, a linear scan with
 * precomputed normalised texts answers in well under a millisecond.
 */
export class WzSearchIndex {
  private readonly entries: Indexed[];

  constructor(entries: readonly WzEntry[]) {
    this.entries = entries.map((entry) => {
      const plain = normaliseWzPlain(entry.title);
      return { ...entry, compact: compactCode(entry.code), words: entry.searchText.split(' '), plain, plainWords: plain.split(' ') };
    });
  }

  get size(): number {
    return this.entries.length;
  }

  search(query: string, first: number): (WzEntry & { match: WzMatch })[] {
    const text = normaliseWz(query);
    if (!text) return [];
    const code = compactCode(query);
    const looksLikeCode = /^[0-9]{1,6}$/.test(code);
    const tokens = text.split(' ').filter((token) => token !== '.');
    const plain = normaliseWzPlain(query);
    const plainTokens = plain.split(' ').filter((token) => token !== '.');
    const hits: { entry: Indexed; match: WzMatch }[] = [];
    for (const entry of this.entries) {
      let match = looksLikeCode ? this.codeMatch(entry, code) : null;
      if (match === null) match = this.matchOf(entry.searchText, entry.words, text, tokens);
      if (match === null || match > WzMatch.titlePrefix) {
        const plainMatch = this.matchOf(entry.plain, entry.plainWords, plain, plainTokens);
        if (plainMatch !== null && (match === null || plainMatch < match)) match = plainMatch;
      }
      if (match !== null) hits.push({ entry, match });
    }
    hits.sort(
      (a, b) =>
        a.match - b.match ||
        Number(b.entry.level === 5) - Number(a.entry.level === 5) ||
        (a.match <= WzMatch.codePrefix ? a.entry.code.length - b.entry.code.length : a.entry.title.length - b.entry.title.length) ||
        (a.entry.code < b.entry.code ? -1 : a.entry.code > b.entry.code ? 1 : 0),
    );
    return hits
      .slice(0, first)
      .map(({ entry: { code, level, parentCode, title, searchText }, match }) => ({ code, level, parentCode, title, searchText, match }));
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

import path from 'node:path';
import { loadConfig } from '../../config/app-config.js';
import { BUILTIN_WZ_FILES, builtinWzCorrespondence, builtinWzEdition, readGenericodeFile, wzKindsFor } from './builtin-wz-edition.js';
import { parseWzGenericode, readWzGenericodeVersion, WzFileError } from './wz-genericode.js';
import { explanationIn, readWzKeywords } from './wz-keywords.js';
import { WzMatch, WzSearchIndex } from './wz-search.js';

const { wzDataDir } = loadConfig().tradeRegistration;
const edition = builtinWzEdition(wzDataDir);
const index = new WzSearchIndex(edition.codes, wzKindsFor(wzDataDir, 'WZ 2008'));
const codes = (query: string, first = 10) => index.search(query, first).map((hit) => hit.code);

describe('parseWzGenericode', () => {
  it('reads WZ 2008 with levels and parents', () => {
    expect(edition).toMatchObject({ classification: 'WZ 2008', version: 'WZ 2008 2025-09-29' });
    expect(edition.codes).toHaveLength(1835);
    const byCode = new Map(edition.codes.map((code) => [code.code, code]));
    expect(byCode.get('62.01.9')).toMatchObject({ level: 5, parentCode: '62.01', title: 'Sonstige Softwareentwicklung' });
    expect(byCode.get('62')).toMatchObject({ level: 2, parentCode: 'J' });
    expect(byCode.get('J')).toMatchObject({ level: 1, parentCode: null });
  });

  it('reads WZ 2025 too', () => {
    const newer = parseWzGenericode(readGenericodeFile(path.join(wzDataDir, BUILTIN_WZ_FILES.wz2025)));
    expect(newer.classification).toBe('WZ 2025');
    expect(newer.codes.filter((code) => code.level === 5).length).toBe(983);
  });

  it('reads the version from the header alone, as the full parse does (a start compares it with the loaded edition)', () => {
    for (const file of [BUILTIN_WZ_FILES.wz2008, BUILTIN_WZ_FILES.wz2025]) {
      const xml = readGenericodeFile(path.join(wzDataDir, file));
      expect(readWzGenericodeVersion(xml)).toBe(parseWzGenericode(xml).version);
    }
    expect(readWzGenericodeVersion('<a>')).toBeNull();
  });

  it('refuses what is not a WZ code list', () => {
    expect(() => parseWzGenericode('<a>')).toThrow(WzFileError);
    expect(() =>
      parseWzGenericode(
        '<CodeList><Identification><ShortName>.Other</ShortName><Version>1</Version></Identification><SimpleCodeList><Row/></SimpleCodeList></CodeList>',
      ),
    ).toThrow(WzFileError);
  });
});

describe('WzSearchIndex', () => {
  it('ranks the exact code first, then code prefixes, subclasses before headings', () => {
    expect(codes('62.01.9')[0]).toBe('62.01.9');
    expect(codes('62019')[0]).toBe('62.01.9');
    const hits = index.search('6201', 5);
    expect(hits[0]).toMatchObject({ code: '62.01', match: WzMatch.exactCode });
    expect(hits.slice(1).map((hit) => hit.code)).toEqual(['62.01.1', '62.01.9']);
  });

  it('ranks title prefixes before word prefixes before substrings, subclasses first', () => {
    const hits = index.search('Unternehmensberatung', 10);
    expect(hits[0]).toMatchObject({ code: '70.22.0', match: WzMatch.titlePrefix });
    const software = index.search('software', 20);
    const ranks = software.map((hit) => hit.match);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(software.some((hit) => hit.code === '47.41.0' && hit.match === WzMatch.wordPrefix)).toBe(true);
    expect(
      software.some((hit) => hit.code === '62.01.9' && hit.match === WzMatch.keywordPrefix && hit.keyword === 'Softwareentwicklung'),
    ).toBe(true);
    expect(index.search('bedienung', 50).some((hit) => hit.code === '56.10.2' && hit.match === WzMatch.substring)).toBe(true);
    expect(index.search('entwicklung', 50).some((hit) => hit.code === '62.01.9' && hit.match === WzMatch.keywordWords)).toBe(true);
    const levels = index
      .search('Großhandel mit', 30)
      .filter((hit) => hit.match === WzMatch.titlePrefix)
      .map((hit) => hit.level);
    expect(levels.indexOf(4) === -1 || levels.lastIndexOf(5) < levels.indexOf(4)).toBe(true);
  });

  it('ignores case, accents and the spelling of umlauts and ß', () => {
    const reference = codes('Übersetzen');
    expect(reference[0]).toBe('74.30.1');
    expect(codes('uebersetzen')).toEqual(reference);
    expect(codes('ÜBERSETZEN')).toEqual(reference);
    expect(codes('ubersetzen')[0]).toBe('74.30.1');
    expect(codes('grosshandel mit kaffee')).toEqual(codes('Großhandel mit Kaffee'));
    expect(codes('Großhandel mit Kaffee')[0]).toBe('46.37.0');
    expect(codes('café')).toEqual(codes('cafe'));
  });

  it('finds the common kinds of business by keyword, in German, English and other languages', () => {
    const top3 = (query: string) => codes(query, 3);
    expect(top3('Restaurant')).toContain('56.10.1');
    expect(top3('Gastronomie')).toContain('56.10.1');
    expect(top3('Friseur')).toContain('96.02.1');
    expect(top3('friseur')[0]).toBe('96.02.1');
    expect(top3('online shop')).toContain('47.91.9');
    expect(top3('Onlinehandel')[0]).toBe('47.91.9');
    expect(top3('Softwareentwicklung')).toContain('62.01.9');
    expect(top3('software development')[0]).toBe('62.01.9');
    expect(top3('consulting')[0]).toBe('70.22.0');
    expect(top3('Import Export')[0]).toBe('46.90.3');
    expect(top3('import/export')[0]).toBe('46.90.3');
    expect(top3('Kiosk')[0]).toBe('47.11.2');
    expect(top3('Bäckerei')[0]).toBe('10.71.0');
    expect(top3('baeckerei')[0]).toBe('10.71.0');
    expect(top3('backerei')[0]).toBe('10.71.0');
    expect(top3('IT-Dienstleistungen')[0]).toBe('62.02.0');
    expect(top3('Reinigung')[0]).toBe('81.21.0');
    expect(top3('Übersetzungsbüro')[0]).toBe('74.30.1');
    expect(top3('Transport')[0]).toBe('49.41.0');
    expect(top3('Bau')).toContain('41.20.1');
    expect(top3('Immobilienmakler')[0]).toBe('68.31.1');
    expect(top3('RESTAURANTE')[0]).toBe('56.10.1');
    expect(top3('kuaför')[0]).toBe('96.02.1');
    expect(top3('kuafor')[0]).toBe('96.02.1');
    expect(top3('парикмахерская')[0]).toBe('96.02.1');
    expect(top3('مطعم')[0]).toBe('56.10.1');
    expect(top3('软件开发')[0]).toBe('62.01.9');
    expect(top3('Café')).toContain('56.10.4');
    const consulting = index.search('consulting', 1)[0];
    expect(consulting).toMatchObject({ match: WzMatch.keyword, keyword: 'Consulting' });
    expect(explanationIn(consulting.kind!, 'en').text).toMatch(/^Advising businesses/);
    expect(explanationIn(consulting.kind!, 'tr')).toMatchObject({ language: 'tr' });
    expect(explanationIn(index.search('Dolmetscher', 1)[0].kind!, 'tr')).toMatchObject({ language: 'de' });
  });

  it('the keyword file covers at least 150 kinds of business, each a subclass of WZ 2008, in German and English', () => {
    const { kinds, classification } = readWzKeywords(wzDataDir);
    expect(classification).toBe('WZ 2008');
    expect(kinds.length).toBeGreaterThanOrEqual(150);
    const subclasses = new Set(edition.codes.filter((code) => code.level === 5).map((code) => code.code));
    for (const kind of kinds) {
      expect(subclasses.has(kind.code) ? kind.code : `${kind.code} is not a WZ 2008 subclass`).toBe(kind.code);
      expect(kind.keywords.de?.length && kind.keywords.en?.length && kind.explanation.de && kind.explanation.en).toBeTruthy();
    }
  });

  it('carries the keywords over to WZ 2025 through the correspondence table', () => {
    const correspondence = builtinWzCorrespondence(wzDataDir);
    expect(correspondence.toWz2008.get('56.11.1')).toEqual(['56.10.1']);
    expect(correspondence.toWz2025.get('96.02.1')).toEqual(['96.21.0']);
    const wz2025 = parseWzGenericode(readGenericodeFile(path.join(wzDataDir, BUILTIN_WZ_FILES.wz2025)));
    const newer = new WzSearchIndex(wz2025.codes, wzKindsFor(wzDataDir, 'WZ 2025'));
    expect(newer.search('Friseur', 3).map((hit) => hit.code)).toContain('96.21.0');
    expect(newer.search('Restaurant', 3).map((hit) => hit.code)).toContain('56.11.1');
    expect(wzKindsFor(wzDataDir, 'WZ 1993')).toEqual([]);
  });

  it('answers a query in well under 50 ms', () => {
    const queries = ['a', 'handel', 'software', 'beratung', '62', 'großhandel mit', 'xyz', 'dienstleistungen für unternehmen'];
    const started = performance.now();
    for (let round = 0; round < 25; round += 1) for (const query of queries) index.search(query, 10);
    const perQuery = (performance.now() - started) / (25 * queries.length);
    // The goal is 50 ms per answer; the index alone must stay far below it, even on a busy machine.
    expect(perQuery).toBeLessThan(25);
  });
});

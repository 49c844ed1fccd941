import path from 'node:path';
import { loadConfig } from '../../config/app-config.js';
import { BUILTIN_WZ_FILES, builtinWzEdition, readGenericodeFile } from './builtin-wz-edition.js';
import { parseWzGenericode, WzFileError } from './wz-genericode.js';
import { WzMatch, WzSearchIndex } from './wz-search.js';

const { wzDataDir } = loadConfig().tradeRegistration;
const edition = builtinWzEdition(wzDataDir);
const index = new WzSearchIndex(edition.codes);
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
    expect(software.some((hit) => hit.code === '62.01.9' && hit.match === WzMatch.wordPrefix)).toBe(true);
    expect(index.search('entwicklung', 50).some((hit) => hit.code === '62.01.9' && hit.match === WzMatch.substring)).toBe(true);
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

  it('answers a query in well under 50 ms', () => {
    const queries = ['a', 'handel', 'software', 'beratung', '62', 'großhandel mit', 'xyz', 'dienstleistungen für unternehmen'];
    const started = performance.now();
    for (let round = 0; round < 25; round += 1) for (const query of queries) index.search(query, 10);
    const perQuery = (performance.now() - started) / (25 * queries.length);
    // The goal is 50 ms per answer; the index alone must stay far below it, even on a busy machine.
    expect(perQuery).toBeLessThan(25);
  });
});

import path from 'node:path';
import { DataSource } from 'typeorm';
import { BUILTIN_WZ_FILES, builtinWzSource } from '../src/trade-registration/wz/builtin-wz-edition.js';
import { importWzFile } from '../src/trade-registration/wz/import-wz-cli.js';
import { ensureBuiltinWzEdition } from '../src/trade-registration/wz/wz-importer.js';
import { WzCatalogue } from '../src/trade-registration/wz/wz-catalogue.service.js';
import { signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { WZ_SUGGESTIONS } from './support/trade-registration.js';

const EDITION = '{ currentWzEdition { classification version source codeCount } }';
const SUGGESTIONS_EXPLAINED =
  'query($query: String!, $first: Int) { wzCodeSuggestions(query: $query, first: $first) { code title selectable explanation explanationLanguage matchedKeyword } }';

describe('WZ codes: suggestions and the importer (e2e)', () => {
  let app: TestApp;
  let token: string;
  const suggest = async (query: string, first = 10) => {
    const response = await graphql<any>(app, WZ_SUGGESTIONS, { query, first }, { token });
    expect(response.errors).toBeUndefined();
    return response.data.wzCodeSuggestions as { code: string; title: string; level: number; selectable: boolean }[];
  };

  beforeAll(async () => {
    app = await createTestApp();
    token = (await signedInAccount(app)).token;
  });

  afterAll(async () => {
    await app.close();
  });

  it('a fresh database gets the complete WZ 2008 shipped with the project', async () => {
    const edition = (await graphql<any>(app, EDITION, {}, { token })).data.currentWzEdition;
    expect(edition).toMatchObject({ classification: 'WZ 2008', version: 'WZ 2008 2025-09-29', source: 'builtin', codeCount: 1835 });
    const [{ n }] = await app.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM wz_codes c JOIN wz_editions e ON e.id = c.edition_id WHERE e.is_current',
    );
    expect(n).toBe(1835);
    expect((await suggest('Anbau von Getreide'))[0].code).toBe('01.11.0');
    expect((await graphql<any>(app, WZ_SUGGESTIONS, { query: 'software' })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ranks exact code, title prefix, word prefix, substring; subclasses first', async () => {
    expect((await suggest('62.01.9'))[0]).toMatchObject({ code: '62.01.9', title: 'Sonstige Softwareentwicklung', selectable: true });
    const byClass = await suggest('6201');
    expect(byClass.map((hit) => hit.code)).toEqual(['62.01', '62.01.1', '62.01.9']);
    expect(byClass[0].selectable).toBe(false);
    expect((await suggest('Unternehmensberatung'))[0].code).toBe('70.22.0');
    const spedition = await suggest('spedition');
    expect(spedition[0].code).toBe('52.29.1');
    const handel = await suggest('handelsvermittlung von maschinen', 5);
    expect(handel[0].code).toBe('46.14.1');
    const levels = (await suggest('Großhandel mit', 20)).map((hit) => hit.level);
    expect(levels.every((level) => level === 5)).toBe(true);
    expect(await suggest('zzzz')).toEqual([]);
  });

  it('ignores case and accents; ä/ae, ö/oe, ü/ue and ß/ss are the same', async () => {
    const reference = await suggest('Übersetzen');
    expect(reference[0].code).toBe('74.30.1');
    for (const spelling of ['uebersetzen', 'ÜBERSETZEN', 'ubersetzen', 'UEBERSETZEN'])
      expect((await suggest(spelling))[0].code).toBe('74.30.1');
    expect(await suggest('grosshandel mit datenverarbeitungsgeraeten')).toEqual(await suggest('Großhandel mit Datenverarbeitungsgeräten'));
    expect((await suggest('GROSSHANDEL MIT DATENVERARBEITUNG'))[0].code).toBe('46.51.0');
    expect(await suggest('Büromöbeln')).toEqual(await suggest('bueromoebeln'));
    expect((await suggest('bueromoebeln'))[0].code).toBe('46.65.0');
  });

  it('finds the common kinds of business among the first three suggestions, by keyword in German and English', async () => {
    const expected: [string, string][] = [
      ['Restaurant', '56.10.1'],
      ['Friseur', '96.02.1'],
      ['online shop', '47.91.9'],
      ['Softwareentwicklung', '62.01.9'],
      ['consulting', '70.22.0'],
      ['Import Export', '46.90.3'],
      ['Gastronomie', '56.10.1'],
      ['Onlinehandel', '47.91.9'],
      ['software development', '62.01.9'],
      ['import/export', '46.90.3'],
      ['Kiosk', '47.11.2'],
      ['Bäckerei', '10.71.0'],
      ['IT-Dienstleistungen', '62.02.0'],
      ['Reinigung', '81.21.0'],
      ['Übersetzungsbüro', '74.30.1'],
      ['Transport', '49.41.0'],
      ['Bau', '41.20.1'],
      ['Immobilienmakler', '68.31.1'],
    ];
    for (const [query, code] of expected) {
      const top3 = (await suggest(query, 3)).map((hit) => hit.code);
      expect(top3.includes(code) ? code : `${query}: ${top3.join(', ')}`).toBe(code);
    }
    expect((await suggest('CONSULTING'))[0].code).toBe('70.22.0');
    expect((await suggest('frisör'))[0].code).toBe('96.02.1');
    expect((await suggest('baeckerei'))[0].code).toBe('10.71.0');
  });

  it('shows the official German title with an explanation in the applicant’s language, or visibly in German', async () => {
    const ask = async (language: string, query: string) => {
      const account = await signedInAccount(app, undefined, undefined, language);
      const response = await graphql<any>(app, SUGGESTIONS_EXPLAINED, { query, first: 3 }, { token: account.token });
      expect(response.errors).toBeUndefined();
      return response.data.wzCodeSuggestions[0];
    };
    expect(await ask('en', 'hairdresser')).toMatchObject({
      code: '96.02.1',
      title: 'Frisörsalons',
      selectable: true,
      explanation: expect.stringMatching(/^Hair salon or barbershop/),
      explanationLanguage: 'en',
      matchedKeyword: 'hairdresser',
    });
    expect(await ask('de', 'consulting')).toMatchObject({
      code: '70.22.0',
      title: 'Unternehmensberatung',
      explanation: expect.stringMatching(/^Beratung von Unternehmen/),
      explanationLanguage: 'de',
    });
    expect(await ask('tr', 'kuaför')).toMatchObject({
      code: '96.02.1',
      explanationLanguage: 'tr',
      explanation: expect.stringMatching(/^Kuaför/),
    });
    expect(await ask('uk', 'ресторан')).toMatchObject({ code: '56.10.1', explanationLanguage: 'uk' });
    // No Turkish explanation for interpreting yet: the German one, marked as German.
    expect(await ask('tr', 'Dolmetscher')).toMatchObject({
      code: '74.30.2',
      explanationLanguage: 'de',
      explanation: expect.stringMatching(/^Mündliches/),
    });
    // Found by its title only, a code without keywords has no explanation.
    expect(await ask('en', 'Anbau von Getreide')).toMatchObject({
      code: '01.11.0',
      explanation: null,
      explanationLanguage: null,
      matchedKeyword: null,
    });
  });

  it('answers quickly', async () => {
    const times: number[] = [];
    for (const query of ['h', 'ha', 'han', 'hand', 'handel', 'so', 'soft', 'software', 'ber', 'beratung', '6', '62', '62.0']) {
      const started = performance.now();
      await suggest(query);
      times.push(performance.now() - started);
    }
    expect(Math.max(...times.slice(1))).toBeLessThan(200);
  });

  it('staff import a complete edition in one transaction, idempotently; it becomes current', async () => {
    const dataSource = app.app.get(DataSource, { strict: false });
    const catalogue = app.app.get(WzCatalogue, { strict: false });
    const wzDir = app.config.tradeRegistration.wzDataDir;
    const builtinId = (await app.sql<{ id: string }>('SELECT id FROM wz_editions WHERE is_current'))[0].id;

    const newer = await importWzFile(dataSource, path.join(wzDir, BUILTIN_WZ_FILES.wz2025));
    expect(newer).toMatchObject({ created: true, codeCount: 2030, version: 'WZ 2025 2025-08-19' });
    const again = await importWzFile(dataSource, path.join(wzDir, BUILTIN_WZ_FILES.wz2025));
    expect(again).toMatchObject({ created: false, editionId: newer.editionId });
    const [{ n }] = await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM wz_codes WHERE edition_id = $1', [newer.editionId]);
    expect(n).toBe(2030);
    catalogue.invalidate();
    expect((await graphql<any>(app, EDITION, {}, { token })).data.currentWzEdition).toMatchObject({
      classification: 'WZ 2025',
      source: 'import',
      codeCount: 2030,
    });
    const current = await app.sql<{ version: string }>('SELECT version FROM wz_editions WHERE is_current');
    expect(current).toEqual([{ version: 'WZ 2025 2025-08-19' }]);
    // The keywords follow the correspondence table to the new codes.
    expect((await suggest('Friseur', 3)).map((hit) => hit.code)).toContain('96.21.0');
    expect((await suggest('consulting', 3)).map((hit) => hit.code)[0]).toMatch(/^70\.2/);

    await expect(importWzFile(dataSource, path.join(wzDir, BUILTIN_WZ_FILES.correspondences))).rejects.toThrow();
    expect(await app.sql<{ version: string }>('SELECT version FROM wz_editions WHERE is_current')).toEqual([
      { version: 'WZ 2025 2025-08-19' },
    ]);

    // An edition staff imported is never replaced by the built-in one at the next start.
    expect(await ensureBuiltinWzEdition(dataSource, builtinWzSource(wzDir))).toBeNull();

    const wz2008 = await importWzFile(dataSource, path.join(wzDir, BUILTIN_WZ_FILES.wz2008));
    expect(wz2008).toMatchObject({ created: false, editionId: builtinId, codeCount: 1835 });
    catalogue.invalidate();
    expect((await graphql<any>(app, EDITION, {}, { token })).data.currentWzEdition.version).toBe('WZ 2008 2025-09-29');
    expect((await suggest('Anbau von Getreide'))[0].code).toBe('01.11.0');
  });

  it('an installation that started with an older built-in list gets the complete one', async () => {
    const dataSource = app.app.get(DataSource, { strict: false });
    const wzDir = app.config.tradeRegistration.wzDataDir;
    await app.sql('UPDATE wz_editions SET is_current = false');
    const [old] = await app.sql<{ id: string }>(
      `INSERT INTO wz_editions (classification, version, long_name, source, code_count, is_current)
       VALUES ('WZ 2008', 'WZ 2008 2025-09-29 (Auszug)', 'eingebauter Auszug', 'builtin', 0, true) RETURNING id`,
    );
    const loaded = await ensureBuiltinWzEdition(dataSource, builtinWzSource(wzDir));
    expect(loaded).toMatchObject({ version: 'WZ 2008 2025-09-29', codeCount: 1835 });
    const current = await app.sql<{ id: string; version: string }>('SELECT id, version FROM wz_editions WHERE is_current');
    expect(current).toEqual([{ id: expect.not.stringMatching(old.id), version: 'WZ 2008 2025-09-29' }]);
  });

  it('the setting WZ_EDITION makes the shipped WZ 2025 the current edition, and back', async () => {
    const dataSource = app.app.get(DataSource, { strict: false });
    const wzDir = app.config.tradeRegistration.wzDataDir;
    expect(app.config.tradeRegistration.wzEdition).toBe('WZ 2008');
    // As on an installation where staff never imported WZ 2025 (the test above did).
    await app.sql("DELETE FROM wz_editions WHERE classification = 'WZ 2025'");
    const loaded = await ensureBuiltinWzEdition(dataSource, builtinWzSource(wzDir, 'WZ 2025'));
    expect(loaded).toMatchObject({ version: 'WZ 2025 2025-08-19', codeCount: 2030 });
    expect(await app.sql('SELECT classification, source FROM wz_editions WHERE is_current')).toEqual([
      { classification: 'WZ 2025', source: 'builtin' },
    ]);
    // Back to WZ 2008: the edition loaded before becomes current again.
    expect(await ensureBuiltinWzEdition(dataSource, builtinWzSource(wzDir, 'WZ 2008'))).toMatchObject({
      version: 'WZ 2008 2025-09-29',
      created: false,
    });
  });
});

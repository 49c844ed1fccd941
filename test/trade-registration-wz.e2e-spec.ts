import path from 'node:path';
import { DataSource } from 'typeorm';
import { BUILTIN_WZ_FILES, builtinWzEdition } from '../src/trade-registration/wz/builtin-wz-edition.js';
import { importWzFile } from '../src/trade-registration/wz/import-wz-cli.js';
import { ensureBuiltinWzEdition } from '../src/trade-registration/wz/wz-importer.js';
import { WzCatalogue } from '../src/trade-registration/wz/wz-catalogue.service.js';
import { signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { WZ_SUGGESTIONS } from './support/trade-registration.js';

const EDITION = '{ currentWzEdition { classification version source codeCount } }';

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

    await expect(importWzFile(dataSource, path.join(wzDir, BUILTIN_WZ_FILES.correspondences))).rejects.toThrow();
    expect(await app.sql<{ version: string }>('SELECT version FROM wz_editions WHERE is_current')).toEqual([
      { version: 'WZ 2025 2025-08-19' },
    ]);

    // An edition staff imported is never replaced by the built-in one at the next start.
    expect(await ensureBuiltinWzEdition(dataSource, () => builtinWzEdition(wzDir))).toBeNull();

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
    const loaded = await ensureBuiltinWzEdition(dataSource, () => builtinWzEdition(wzDir));
    expect(loaded).toMatchObject({ version: 'WZ 2008 2025-09-29', codeCount: 1835 });
    const current = await app.sql<{ id: string; version: string }>('SELECT id, version FROM wz_editions WHERE is_current');
    expect(current).toEqual([{ id: expect.not.stringMatching(old.id), version: 'WZ 2008 2025-09-29' }]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config/app-config.js';
import { DEFAULT_WZ_CODES } from './default-wz-codes.js';
import { parseWzGenericode } from './wz-genericode.js';
import { defaultWzEdition } from './wz-importer.js';

const { wzDataDir } = loadConfig().tradeRegistration;
const officialFile = path.join(wzDataDir, 'WZ_2008_DE_2025-09-29.xml');

describe('the built-in WZ codes', () => {
  it('finds the official file (WZ_DATA_DIR, default ../shared/data/wz)', () => {
    expect(existsSync(officialFile)).toBe(true);
  });

  it('has every code with the level and official title of WZ 2008', () => {
    const official = new Map(parseWzGenericode(readFileSync(officialFile, 'utf8')).codes.map((code) => [code.code, code]));
    const mismatches = DEFAULT_WZ_CODES.filter(([code, level, title]) => official.get(code)?.title !== title || official.get(code)?.level !== level);
    expect(mismatches).toEqual([]);
    const parents = new Map(defaultWzEdition().codes.map((code) => [code.code, code.parentCode]));
    for (const [code, parentCode] of parents) expect(parentCode).toBe(official.get(code)!.parentCode);
  });

  it('is a useful excerpt: about 150 subclasses of the kinds foreign offices register', () => {
    const subclasses = DEFAULT_WZ_CODES.filter(([, level]) => level === 5).map(([code]) => code);
    expect(subclasses.length).toBeGreaterThanOrEqual(140);
    for (const code of ['46.19.0', '46.90.3', '52.29.1', '62.01.9', '62.02.0', '70.22.0', '71.12.9', '73.11.0', '74.30.1', '82.99.9']) {
      expect(subclasses).toContain(code);
    }
  });
});

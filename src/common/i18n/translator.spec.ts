import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LANGUAGE_CODES } from '../../../packages/shared/src/languages.js';
import { parseAcceptLanguage, readCatalogues, Translator } from './translator.js';

describe('Translator', () => {
  const translator = new Translator([...LANGUAGE_CODES], 'de');

  it('prefers the account language, then lng, then Accept-Language, then German', () => {
    expect(translator.resolve({ account: 'en', explicit: 'fr', acceptLanguage: 'tr' })).toBe('en');
    expect(translator.resolve({ account: null, explicit: 'fr', acceptLanguage: 'tr' })).toBe('fr');
    expect(translator.resolve({ explicit: 'xx', acceptLanguage: 'tr' })).toBe('tr');
    expect(translator.resolve({ account: 'xx', acceptLanguage: 'pt-BR' })).toBe('de');
    expect(translator.resolve({})).toBe('de');
    expect(translator.resolve()).toBe('de');
  });

  it('matches region and script variants to their language', () => {
    expect(translator.resolve({ acceptLanguage: 'fr-FR,fr;q=0.9' })).toBe('fr');
    expect(translator.resolve({ acceptLanguage: 'zh-CN' })).toBe('zh');
    expect(translator.resolve({ acceptLanguage: 'zh-Hans-CN,zh;q=0.9' })).toBe('zh');
    expect(translator.resolve({ acceptLanguage: 'en-US' })).toBe('en');
    expect(translator.resolve({ acceptLanguage: 'AR-sy' })).toBe('ar');
    expect(translator.resolve({ acceptLanguage: 'fa-IR' })).toBe('fa');
    expect(translator.resolve({ acceptLanguage: 'prs' })).toBe('fa');
    expect(translator.resolve({ acceptLanguage: 'uk-UA, ru;q=0.8' })).toBe('uk');
    expect(translator.resolve({ explicit: 'ES-mx' })).toBe('es');
    expect(translator.resolve({ explicit: 'zh_CN' })).toBe('zh');
  });

  it('honours q-values and skips what the browser refuses', () => {
    expect(translator.resolve({ acceptLanguage: 'pt-BR, en-GB;q=0.8, de;q=0.5' })).toBe('en');
    expect(translator.resolve({ acceptLanguage: 'de;q=0.5, tr;q=0.9' })).toBe('tr');
    expect(translator.resolve({ acceptLanguage: 'tr;q=0, pl' })).toBe('pl');
    expect(translator.resolve({ acceptLanguage: 'ja, *;q=0.1' })).toBe('de');
    expect(translator.resolve({ acceptLanguage: ['pt', 'ro;q=0.3'] })).toBe('ro');
    expect(translator.resolve({ acceptLanguage: 'nonsense;;; q=x, ,' })).toBe('de');
  });

  it('parses Accept-Language into tags, best first, keeping the order of equal weights', () => {
    expect(parseAcceptLanguage('en;q=0.5, fr-FR, fr;q=0.9, de;q=0.5, ar;q=0')).toEqual(['fr-FR', 'fr', 'en', 'de']);
  });

  it('speaks only the configured languages', () => {
    const narrow = new Translator(['de', 'en'], 'de');
    expect(narrow.resolve({ account: 'fr', acceptLanguage: 'fr-FR, en;q=0.5' })).toBe('en');
    expect(narrow.resolve({ explicit: 'tr' })).toBe('de');
  });

  it('translates with plurals from the shared catalogues', () => {
    expect(translator.t('en', 'errors:rate_limited', { count: 1 })).toBe('Too many attempts. Please wait 1 second and try again.');
    expect(translator.t('de', 'errors:rate_limited', { count: 90 })).toContain('90 Sekunden');
  });
});

describe('readCatalogues', () => {
  it('reads only the folders of known languages', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'catalogues-'));
    for (const folder of ['de', 'fr', '_translation', 'xx']) mkdirSync(path.join(root, folder));
    writeFileSync(path.join(root, 'de', 'errors.json'), JSON.stringify({ hello: 'Hallo' }));
    writeFileSync(path.join(root, 'fr', 'errors.json'), JSON.stringify({ hello: 'Bonjour' }));
    writeFileSync(path.join(root, '_translation', 'fr.json'), JSON.stringify({ language: 'fr' }));
    writeFileSync(path.join(root, 'xx', 'errors.json'), JSON.stringify({ hello: '?' }));
    expect(readCatalogues(root)).toEqual({ de: { errors: { hello: 'Hallo' } }, fr: { errors: { hello: 'Bonjour' } } });
  });
});

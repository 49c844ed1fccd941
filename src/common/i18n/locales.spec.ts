import { readCatalogues } from './translator.js';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** Plural forms differ between languages (e.g. Arabic has six); compare the keys without them. */
const withoutPluralSuffix = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locales/', () => {
  const catalogues = readCatalogues();
  const languages = Object.keys(catalogues);

  it('has German and English', () => {
    expect(languages).toEqual(expect.arrayContaining(['de', 'en']));
  });

  it.each(languages)('%s has every namespace and key that the others have', (language) => {
    for (const other of languages) {
      for (const namespace of Object.keys(catalogues[other])) {
        expect(catalogues[language]).toHaveProperty([namespace]);
        const mine = new Set(keysOf(catalogues[language][namespace]).map(withoutPluralSuffix));
        const missing = keysOf(catalogues[other][namespace])
          .map(withoutPluralSuffix)
          .filter((key) => !mine.has(key));
        expect({ language, namespace, missing }).toEqual({ language, namespace, missing: [] });
      }
    }
  });

  it('has no empty translations except deliberate ones', () => {
    for (const language of languages) {
      for (const [namespace, catalogue] of Object.entries(catalogues[language])) {
        const flat = keysOf(catalogue).map((key) => [key, key.split('.').reduce<any>((node, part) => node?.[part], catalogue)]);
        const empty = flat.filter(([key, value]) => value === '' && !String(key).endsWith('.action'));
        expect({ language, namespace, empty }).toEqual({ language, namespace, empty: [] });
      }
    }
  });
});

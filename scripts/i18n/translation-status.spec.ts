import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGE_CODES } from '../../packages/shared/src/languages.ts';
import { readFileSync } from 'node:fs';
import {
  catalogueProblems,
  describeProblem,
  mergeTranslations,
  messagesToTranslate,
  readRecord,
  stampTranslations,
} from './translation-status.ts';

const LOCALES = fileURLToPath(new URL('../../locales', import.meta.url));

describe('the catalogues in locales/', () => {
  it.each(LANGUAGE_CODES)(
    '%s has every German message with the same placeholders, its plural forms and a current source record',
    (language) => {
      const problems = catalogueProblems(LOCALES, language).map(describeProblem);
      expect(problems).toEqual([]);
    },
  );

  it('records for every translation whether a machine made it', () => {
    for (const language of LANGUAGE_CODES.filter((code) => code !== 'de')) {
      expect(typeof readRecord(LOCALES, language).machineTranslated).toBe('boolean');
    }
  });
});

describe('the completeness check', () => {
  let root: string;
  const write = (language: string, namespace: string, catalogue: unknown) => {
    mkdirSync(path.join(root, language), { recursive: true });
    writeFileSync(path.join(root, language, `${namespace}.json`), JSON.stringify(catalogue));
  };
  const kinds = (language: string) =>
    catalogueProblems(root, language).map((problem) => `${problem.kind} ${'key' in problem ? problem.key : ''}`);

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'locales-'));
    mkdirSync(path.join(root, '_translation'));
    write('de', 'cards', {
      title: 'Ausweis von {{name}}',
      days_one: 'ein Tag',
      days_other: '{{count}} Tage',
      permits_too_many: 'Zu viele',
    });
    write('fr', 'cards', {
      title: 'Carte de {{name}}',
      days_one: 'un jour',
      days_many: '{{count}} jours',
      days_other: '{{count}} jours',
      permits_too_many: 'Trop',
    });
    stampTranslations(root, 'fr');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('passes a complete, current translation', () => {
    expect(kinds('fr')).toEqual([]);
    expect(kinds('de')).toEqual([]);
  });

  it('fails when a key is missing in one language', () => {
    write('fr', 'cards', { days_one: 'un jour', days_many: '{{count}} jours', days_other: '{{count}} jours', permits_too_many: 'Trop' });
    expect(kinds('fr')).toEqual(['missing-key title']);
  });

  it('fails when a placeholder differs', () => {
    write('fr', 'cards', {
      title: 'Carte de {{nom}}',
      days_one: 'un jour',
      days_many: '{{count}} jours',
      days_other: '{{count}} jours',
      permits_too_many: 'Trop',
    });
    expect(kinds('fr')).toEqual(['placeholders title']);
  });

  it('fails when a language lacks one of its plural forms (French has "many")', () => {
    write('fr', 'cards', { title: 'Carte de {{name}}', days_one: 'un jour', days_other: '{{count}} jours', permits_too_many: 'Trop' });
    expect(kinds('fr')).toEqual(['plural-forms days']);
  });

  it('fails when the German source text changed since its translation, until the translation is stamped again', () => {
    write('de', 'cards', {
      title: 'Bürgerausweis von {{name}}',
      days_one: 'ein Tag',
      days_other: '{{count}} Tage',
      permits_too_many: 'Zu viele',
    });
    expect(kinds('fr')).toEqual(['outdated title']);
    expect(stampTranslations(root, 'fr')).toEqual([]); // an outdated translation is never stamped implicitly
    expect(stampTranslations(root, 'fr', ['cards:title'])).toEqual(['cards:title']);
    expect(kinds('fr')).toEqual([]);
  });

  it('fails on a key that German does not have and on a translation nobody recorded', () => {
    write('fr', 'cards', {
      title: 'Carte de {{name}}',
      days_one: 'un jour',
      days_many: '{{count}} jours',
      days_other: '{{count}} jours',
      permits_too_many: 'Trop',
      extra: 'x',
    });
    write('fr', 'venues', {});
    write('de', 'venues', { offer: 'Angebot' });
    expect(kinds('fr')).toEqual(['extra-key extra', 'missing-key offer']);
    write('fr', 'venues', { offer: 'Offre' });
    expect(kinds('fr')).toEqual(['extra-key extra', 'unrecorded offer']);
  });

  it('lists what a language lacks and merges translations in the German order, recorded as current', () => {
    write('de', 'cards', {
      title: 'Ausweis von {{name}}',
      days_one: 'ein Tag',
      days_other: '{{count}} Tage',
      permits_too_many: 'Zu viele',
      added: 'Neu',
    });
    write('pl', 'cards', { title: 'Karta {{name}}' });
    expect(Object.keys(messagesToTranslate(root, 'pl'))).toEqual(['cards:days', 'cards:permits_too_many', 'cards:added']);
    expect(messagesToTranslate(root, 'pl')['cards:days'].de).toEqual({ days_one: 'ein Tag', days_other: '{{count}} Tage' });
    mergeTranslations(root, 'pl', {
      'cards:added': 'Nowe',
      'cards:days_many': '{{count}} dni',
      'cards:days_one': 'jeden dzień',
      'cards:days_few': '{{count}} dni',
      'cards:days_other': '{{count}} dnia',
      'cards:permits_too_many': 'Za dużo',
    });
    stampTranslations(root, 'pl', ['cards:title']);
    expect(kinds('pl')).toEqual([]);
    const written = JSON.parse(readFileSync(path.join(root, 'pl', 'cards.json'), 'utf8'));
    expect(Object.keys(written)).toEqual(['title', 'days_one', 'days_few', 'days_many', 'days_other', 'permits_too_many', 'added']);
  });
});

import { Translator } from './translator.js';

describe('Translator', () => {
  const translator = new Translator(['de', 'en'], 'de');

  it('prefers the account language, then Accept-Language, then the default', () => {
    expect(translator.resolve('en', 'de-DE')).toBe('en');
    expect(translator.resolve(null, 'fr-FR, en-GB;q=0.8, de;q=0.5')).toBe('en');
    expect(translator.resolve(null, 'en-US')).toBe('en');
    expect(translator.resolve('xx', 'fr')).toBe('de');
    expect(translator.resolve(undefined, undefined)).toBe('de');
  });

  it('translates with plurals from the shared catalogues', () => {
    expect(translator.t('en', 'errors:rate_limited', { count: 1 })).toBe('Too many attempts. Please wait 1 second and try again.');
    expect(translator.t('de', 'errors:rate_limited', { count: 90 })).toContain('90 Sekunden');
  });
});

import { countryName, isCountryCode, legalFormsOf, normaliseVatId, normaliseWebsite, vatIdProblems } from './company-rules.js';

describe('company rules', () => {
  it('checks EU VAT ids for the country prefix, format and check digits', () => {
    expect(vatIdProblems('FR40303265045', 'FR')).toEqual([]);
    expect(vatIdProblems('FR40303265046', 'FR')).toEqual([expect.objectContaining({ field: 'vatId', constraint: 'checkDigits' })]);
    expect(vatIdProblems('NL004495445B01', 'FR')).toEqual([
      expect.objectContaining({ constraint: 'countryPrefix', params: { prefix: 'FR' } }),
    ]);
    expect(vatIdProblems('PL12', 'PL')).toEqual([expect.objectContaining({ constraint: 'format' })]);
    expect(vatIdProblems('IT00743110157', 'IT')).toEqual([]);
  });

  it('uses EL for Greece and accepts tax numbers of other countries by a plain format', () => {
    expect(vatIdProblems('GR094259216', 'GR')).toEqual([
      expect.objectContaining({ constraint: 'countryPrefix', params: { prefix: 'EL' } }),
    ]);
    expect(vatIdProblems('1234567890', 'TR')).toEqual([]);
    expect(vatIdProblems('12-34', 'US')).toEqual([expect.objectContaining({ constraint: 'format' })]);
  });

  it('normalises VAT ids and websites', () => {
    expect(normaliseVatId('fr 40-303.265/045')).toBe('FR40303265045');
    expect(normaliseWebsite('example.com')).toBe('https://example.com');
    expect(normaliseWebsite('http://example.com/about')).toBe('http://example.com/about');
    expect(normaliseWebsite('javascript:alert(1)')).toBeNull();
    expect(normaliseWebsite('localhost')).toBeNull();
  });

  it('knows ISO countries in German and English, and legal forms per country', () => {
    expect(isCountryCode('FR')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(countryName('NL', 'de')).toBe('Niederlande');
    expect(countryName('NL', 'en')).toBe('Netherlands');
    expect(legalFormsOf('gb')).toContain('Ltd');
    expect(legalFormsOf('ZZ')).toEqual([]);
  });
});

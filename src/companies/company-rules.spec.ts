import {
  countryName,
  isCountryCode,
  legalFormsOf,
  normaliseVatId,
  normaliseWebsite,
  taxIdFormatOf,
  vatIdProblems,
  viesTarget,
} from './company-rules.js';

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

  it('asks VIES with EL for Greece and XI for Northern Ireland, never for other countries', () => {
    expect(viesTarget('EL094259216', 'GR')).toEqual({ countryCode: 'EL', vatNumber: '094259216' });
    expect(viesTarget('XI980780684', 'GB')).toEqual({ countryCode: 'XI', vatNumber: '980780684' });
    expect(viesTarget('GB980780684', 'GB')).toBeNull();
    expect(viesTarget('FR40303265045', 'TR')).toBeNull();
    expect(vatIdProblems('XI980780684', 'GB')).toEqual([]);
    expect(vatIdProblems('XI980780685', 'GB')).toEqual([expect.objectContaining({ constraint: 'checkDigits' })]);
  });

  it('checks the home tax id of companies from outside the EU by country', () => {
    const ok = (value: string, country: string) => expect(vatIdProblems(normaliseVatId(value), country)).toEqual([]);
    const bad = (value: string, country: string, constraint = 'format') =>
      expect(vatIdProblems(normaliseVatId(value), country)).toEqual([expect.objectContaining({ field: 'vatId', constraint })]);
    ok('12-3456789', 'US');
    ok('123456789', 'US');
    bad('12-345678', 'US');
    ok('AAACB1234C', 'IN');
    ok('27AAACB1234C1Z5', 'IN');
    bad('27AAACB1234C1X5', 'IN');
    ok('91350100M000100Y43', 'CN');
    bad('91350100M000100Y4', 'CN');
    bad('9135010OM000100Y43', 'CN');
    ok('1234567890', 'TR');
    bad('123456789', 'TR');
    ok('12345678', 'UA');
    bad('1234567', 'UA');
    ok('GB 980 7806 84', 'GB');
    bad('GB980780685', 'GB');
    ok('CHE-116.281.710 MWST', 'CH');
    bad('CHE-116.281.711', 'CH');
    ok('974 760 673 MVA', 'NO');
    bad('974760674', 'NO');
    ok('ABC-12345', 'BR');
    bad('AB', 'BR');
    expect(vatIdProblems('FR40303265045', 'TR')).toEqual([
      expect.objectContaining({ constraint: 'countryPrefix', messageKey: 'companies.vat_outside_eu', params: { prefix: 'FR' } }),
    ]);
    expect(vatIdProblems('12', 'US')).toEqual([
      expect.objectContaining({ messageKey: 'companies.tax_id_format', params: { example: '12-3456789' } }),
    ]);
    expect(vatIdProblems('AB', 'BR')).toEqual([expect.objectContaining({ messageKey: 'companies.tax_number_format' })]);
  });

  it('tells which tax id a country gives', () => {
    expect(taxIdFormatOf('gr')).toEqual({ kind: 'eu_vat', example: 'EL…', checkedWithVies: true });
    expect(taxIdFormatOf('IN')).toMatchObject({ kind: 'in_pan_gstin', checkedWithVies: false });
    expect(taxIdFormatOf('BR')).toMatchObject({ kind: 'generic' });
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

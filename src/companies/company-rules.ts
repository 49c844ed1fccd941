import countries from 'i18n-iso-countries';
import jsvat from 'jsvat-next';
import { createRequire } from 'node:module';
import type { FieldError } from '../common/errors/domain.exception.js';
import { companyField } from './companies.exception.js';
import { homeTaxIdFormat, TaxIdKind, type TaxIdFormat } from './tax-id-formats.js';

const load = createRequire(import.meta.url);
countries.registerLocale(load('i18n-iso-countries/langs/de.json'));
countries.registerLocale(load('i18n-iso-countries/langs/en.json'));

/** The common legal forms per country of registration; anything else may be typed as free text. */
export const LEGAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  AT: ['GmbH', 'AG', 'KG', 'OG', 'e.U.'],
  BE: ['SRL / BV', 'SA / NV', 'SC / CV'],
  CH: ['GmbH / Sàrl', 'AG / SA', 'Einzelunternehmen'],
  CN: ['LLC (有限责任公司)', 'Company Limited by Shares (股份有限公司)', 'WFOE'],
  CZ: ['s.r.o.', 'a.s.'],
  DK: ['ApS', 'A/S'],
  ES: ['S.L.', 'S.A.', 'S.L.U.'],
  FR: ['SAS', 'SASU', 'SARL', 'EURL', 'SA', 'SNC'],
  GB: ['Ltd', 'PLC', 'LLP'],
  IE: ['Ltd', 'DAC', 'PLC'],
  IN: ['Pvt Ltd', 'Ltd', 'LLP', 'OPC Pvt Ltd'],
  IT: ['S.r.l.', 'S.p.A.', 'S.r.l.s.', 'S.a.s.'],
  LU: ['S.à r.l.', 'S.A.'],
  NL: ['BV', 'NV', 'VOF'],
  PL: ['sp. z o.o.', 'S.A.', 'sp.k.', 'P.S.A.'],
  PT: ['Lda.', 'S.A.', 'Unipessoal Lda.'],
  SE: ['AB', 'HB'],
  TR: ['Ltd. Şti.', 'A.Ş.'],
  US: ['LLC', 'Inc.', 'Corp.', 'LP'],
};

export function legalFormsOf(countryCode: string): readonly string[] {
  return LEGAL_FORMS[countryCode.toUpperCase()] ?? [];
}

/** EU member states: their VAT ids are checked for format and check digits. Greece uses the prefix EL. */
const EU_VAT_PREFIX: Readonly<Record<string, string>> = {
  AT: 'AT',
  BE: 'BE',
  BG: 'BG',
  HR: 'HR',
  CY: 'CY',
  CZ: 'CZ',
  DK: 'DK',
  EE: 'EE',
  FI: 'FI',
  FR: 'FR',
  DE: 'DE',
  GR: 'EL',
  HU: 'HU',
  IE: 'IE',
  IT: 'IT',
  LV: 'LV',
  LT: 'LT',
  LU: 'LU',
  MT: 'MT',
  NL: 'NL',
  PL: 'PL',
  PT: 'PT',
  RO: 'RO',
  SK: 'SK',
  SI: 'SI',
  ES: 'ES',
  SE: 'SE',
};

export function isEuCountry(countryCode: string): boolean {
  return countryCode in EU_VAT_PREFIX;
}

export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && countries.isValid(value);
}

export function countryName(countryCode: string, language: string): string {
  return countries.getName(countryCode, language === 'de' ? 'de' : 'en') ?? countryCode;
}

export function normaliseVatId(value: string): string {
  return value.toUpperCase().replace(/[\s.\-/]/g, '');
}

/** The VAT prefix VIES knows for a country of registration: EL for Greece, the ISO code elsewhere in the EU. */
export function euVatPrefix(countryCode: string): string | null {
  return EU_VAT_PREFIX[countryCode] ?? null;
}

/**
 * What to ask VIES for a normalised VAT id of a company registered in `countryCode`: EU member states,
 * and Northern Ireland (country GB, prefix XI, still in VIES for goods). Null when VIES does not know it.
 */
export function viesTarget(vatId: string, countryCode: string): { countryCode: string; vatNumber: string } | null {
  const prefix = EU_VAT_PREFIX[countryCode] ?? (countryCode === 'GB' && vatId.startsWith('XI') ? 'XI' : null);
  if (!prefix || !vatId.startsWith(prefix)) return null;
  return { countryCode: prefix, vatNumber: vatId.slice(prefix.length) };
}

const VIES_PREFIXES = new Set([...Object.values(EU_VAT_PREFIX), 'XI']);

/** Field errors of a VAT id (EU, and XI for Northern Ireland) or home tax id (elsewhere) for a company registered in `countryCode`. */
export function vatIdProblems(vatId: string, countryCode: string): FieldError[] {
  const prefix = EU_VAT_PREFIX[countryCode] ?? (countryCode === 'GB' && vatId.startsWith('XI') ? 'XI' : undefined);
  if (prefix) {
    if (!vatId.startsWith(prefix)) return [companyField('vatId', 'countryPrefix', 'companies.vat_country', { prefix })];
    const result = jsvat.checkVAT(vatId, jsvat.countries);
    if (!result.isValidFormat) return [companyField('vatId', 'format', 'companies.vat_format', { prefix })];
    if (!result.isValid) return [companyField('vatId', 'checkDigits', 'companies.vat_check_digits')];
    return [];
  }
  const format = homeTaxIdFormat(countryCode);
  if (format.valid(vatId)) return [];
  const foreignPrefix = vatId.slice(0, 2);
  if (VIES_PREFIXES.has(foreignPrefix) && jsvat.checkVAT(vatId, jsvat.countries).isValidFormat) {
    return [companyField('vatId', 'countryPrefix', 'companies.vat_outside_eu', { prefix: foreignPrefix })];
  }
  if (format.kind === TaxIdKind.generic) return [companyField('vatId', 'format', 'companies.tax_number_format')];
  return [companyField('vatId', 'format', 'companies.tax_id_format', { example: format.example })];
}

/** How the tax id field reads for a country of registration. */
export function taxIdFormatOf(countryCode: string): TaxIdFormat {
  const code = countryCode.toUpperCase();
  if (EU_VAT_PREFIX[code]) return { kind: TaxIdKind.eu_vat, example: `${EU_VAT_PREFIX[code]}…`, checkedWithVies: true };
  const { kind, example, checkedWithVies } = homeTaxIdFormat(code);
  return { kind, example, checkedWithVies };
}

/** A website as an absolute http(s) URL (`example.com` becomes `https://example.com`), or null when unusable. */
export function normaliseWebsite(value: string): string | null {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') || url.username || url.password) return null;
    return url.toString().replace(/\/$/, '');
  } catch {
    return null;
  }
}

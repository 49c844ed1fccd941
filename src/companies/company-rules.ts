import countries from 'i18n-iso-countries';
import jsvat from 'jsvat-next';
import { createRequire } from 'node:module';
import type { FieldError } from '../common/errors/domain.exception.js';
import { companyField } from './companies.exception.js';

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

/** Field errors of a VAT id for a company registered in `countryCode` (empty when fine). */
export function vatIdProblems(vatId: string, countryCode: string): FieldError[] {
  const prefix = EU_VAT_PREFIX[countryCode];
  if (prefix) {
    if (!vatId.startsWith(prefix)) return [companyField('vatId', 'countryPrefix', 'companies.vat_country', { prefix })];
    const result = jsvat.checkVAT(vatId, jsvat.countries);
    if (!result.isValidFormat) return [companyField('vatId', 'format', 'companies.vat_format', { prefix })];
    if (!result.isValid) return [companyField('vatId', 'checkDigits', 'companies.vat_check_digits')];
    return [];
  }
  return /^[A-Z0-9]{4,20}$/.test(vatId) ? [] : [companyField('vatId', 'format', 'companies.vat_format_other')];
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

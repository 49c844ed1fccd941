import jsvat from 'jsvat-next';

/**
 * What a company gives as its tax id, by country of registration: EU member states (and Northern
 * Ireland with the prefix XI) their VAT id, checked against VIES; elsewhere the home tax id, with a
 * format check for the common countries and a generic one for the rest.
 */
export enum TaxIdKind {
  eu_vat = 'eu_vat',
  gb_vat = 'gb_vat',
  us_ein = 'us_ein',
  in_pan_gstin = 'in_pan_gstin',
  cn_uscc = 'cn_uscc',
  tr_vkn = 'tr_vkn',
  ua_edrpou = 'ua_edrpou',
  ch_uid = 'ch_uid',
  no_orgnr = 'no_orgnr',
  generic = 'generic',
}

export interface TaxIdFormat {
  kind: TaxIdKind;
  /** A well-formed example, as people write it. */
  example: string;
  /** Checked against the EU's VIES service. */
  checkedWithVies: boolean;
}

const PAN = /^[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]$/;
const GSTIN = /^\d{2}([A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z])[1-9A-Z]Z[0-9A-Z]$/;
/** GB 32100-2015: registration authority, kind, region (6 digits), organisation code (9), check character. */
const USCC = /^[1-9A-HJ-NPQRTUWY][1-9]\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

function norwegianOrganisationNumber(value: string): boolean {
  const digits = /^(?:NO)?(\d{9})(?:MVA)?$/.exec(value)?.[1];
  if (!digits) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[8]);
}

function jsvatValid(value: string): boolean {
  return jsvat.checkVAT(value, jsvat.countries).isValid;
}

interface HomeFormat extends TaxIdFormat {
  valid: (normalised: string) => boolean;
}

const HOME_FORMATS: Readonly<Record<string, HomeFormat>> = {
  US: { kind: TaxIdKind.us_ein, example: '12-3456789', checkedWithVies: false, valid: (value) => /^\d{9}$/.test(value) },
  IN: {
    kind: TaxIdKind.in_pan_gstin,
    example: 'AAACB1234C / 27AAACB1234C1Z5',
    checkedWithVies: false,
    valid: (value) => PAN.test(value) || GSTIN.test(value),
  },
  CN: { kind: TaxIdKind.cn_uscc, example: '91350100M000100Y43', checkedWithVies: false, valid: (value) => USCC.test(value) },
  TR: { kind: TaxIdKind.tr_vkn, example: '1234567890', checkedWithVies: false, valid: (value) => /^\d{10}$/.test(value) },
  UA: { kind: TaxIdKind.ua_edrpou, example: '12345678', checkedWithVies: false, valid: (value) => /^\d{8}$/.test(value) },
  GB: {
    kind: TaxIdKind.gb_vat,
    example: 'GB980780684',
    checkedWithVies: false,
    valid: (value) => value.startsWith('GB') && jsvatValid(value),
  },
  CH: {
    kind: TaxIdKind.ch_uid,
    example: 'CHE-116.281.710 MWST',
    checkedWithVies: false,
    valid: (value) => /^CHE\d{9}(MWST|TVA|IVA)?$/.test(value) && jsvatValid(value),
  },
  NO: { kind: TaxIdKind.no_orgnr, example: '974 760 673 MVA', checkedWithVies: false, valid: norwegianOrganisationNumber },
};

const GENERIC: HomeFormat = {
  kind: TaxIdKind.generic,
  example: '',
  checkedWithVies: false,
  valid: (value) => /^[A-Z0-9]{4,20}$/.test(value),
};

/** The format of the home tax id of a company from outside the EU. */
export function homeTaxIdFormat(countryCode: string): HomeFormat {
  return HOME_FORMATS[countryCode] ?? GENERIC;
}

import countries from 'i18n-iso-countries';
import { AssuranceLevel } from '../common/auth/assurance-level.js';
import { EIDAS_LOA } from './eidas.js';

/** The eIDAS level of assurance an `acr` value stands for (`low` for anything else). */
export function levelOfAcr(acr: string | undefined): AssuranceLevel {
  if (acr === EIDAS_LOA.high) return AssuranceLevel.high;
  if (acr === EIDAS_LOA.substantial) return AssuranceLevel.substantial;
  return AssuranceLevel.low;
}

/** ISO 3166-1 alpha-2 from an alpha-2 or alpha-3 code (eIDAS nodes send either); null if unknown. */
export function nationalityCode(value: string | undefined): string | null {
  if (!value) return null;
  const upper = value.trim().toUpperCase();
  if (upper.length === 2) return countries.isValid(upper) ? upper : null;
  if (upper.length === 3) return countries.alpha3ToAlpha2(upper) ?? null;
  return null;
}

/** A real calendar date in YYYY-MM-DD, in the past and not before 1900. */
export function isBirthDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= '1900-01-01' && date.getTime() < Date.now();
}

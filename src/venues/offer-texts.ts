import { AUTHORITATIVE_LANGUAGE, LANGUAGE_CODES } from '../../packages/shared/src/languages.js';

/** An offer's texts in one language other than German and English (those have columns of their own). */
export interface OfferTranslation {
  title: string;
  description: string;
  conditions: string;
}

/** Language code → texts. */
export type OfferTranslations = Record<string, OfferTranslation>;

/** The languages an offer may be translated into here: every platform language but German and English. */
export const OFFER_TRANSLATION_LANGUAGES: readonly string[] = LANGUAGE_CODES.filter((code) => code !== 'de' && code !== 'en');

export const OFFER_TEXT_LIMITS = { title: 200, description: 2000, conditions: 1000 } as const;

export type OfferTextField = keyof OfferTranslation;

export interface OfferTexts {
  titleDe: string;
  titleEn: string;
  descriptionDe?: string;
  descriptionEn?: string;
  conditionsDe?: string;
  conditionsEn?: string;
  translations?: OfferTranslations | null;
}

/** A text and the language it is really in (German when the reader's language has no translation). */
export interface LocalizedText {
  text: string;
  language: string;
}

const COLUMNS: Record<OfferTextField, { de: keyof OfferTexts; en: keyof OfferTexts }> = {
  title: { de: 'titleDe', en: 'titleEn' },
  description: { de: 'descriptionDe', en: 'descriptionEn' },
  conditions: { de: 'conditionsDe', en: 'conditionsEn' },
};

/**
 * An offer's text for a reader of `language`: its translation when staff wrote one, else the German
 * text, which is authoritative. The answer says which language it is in, so that a page can show
 * the fallback instead of hiding it.
 */
export function offerText(offer: OfferTexts, field: OfferTextField, language: string): LocalizedText {
  const german = { text: String(offer[COLUMNS[field].de] ?? ''), language: AUTHORITATIVE_LANGUAGE };
  if (language === AUTHORITATIVE_LANGUAGE) return german;
  const translated = language === 'en' ? String(offer[COLUMNS[field].en] ?? '') : (offer.translations?.[language]?.[field] ?? '');
  return translated.trim() ? { text: translated, language } : german;
}

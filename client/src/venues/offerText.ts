/** A text written by a venue or by staff, and the language it is actually in. */
export interface ContentInLanguage {
  text: string;
  language: string;
}

/**
 * The version of an offer's text for a reader: English readers get the English text when the venue
 * wrote one; everyone else gets the German original, which the page marks as German (ContentText).
 */
export function offerText(texts: { de: string; en: string | null | undefined }, reader: string): ContentInLanguage {
  if (reader === 'en' && texts.en?.trim()) return { text: texts.en, language: 'en' };
  return { text: texts.de, language: 'de' };
}

import { AUTHORITATIVE_LANGUAGE, LANGUAGE_CODES } from '../../../packages/shared/src/languages.js';
import type { EventTranslations } from './events.entities.js';

/** The languages an event may be translated into: every platform language but German (authoritative). */
export const EVENT_TRANSLATION_LANGUAGES: readonly string[] = LANGUAGE_CODES.filter((code) => code !== AUTHORITATIVE_LANGUAGE);

export const EVENT_TEXT_LIMITS = { title: 200, description: 5000 } as const;

export interface EventTexts {
  titleDe: string;
  descriptionDe: string;
  translations: EventTranslations | null;
}

/** A text and the language it is really in (German when the reader's language has none). */
export interface LocalizedEventText {
  text: string;
  language: string;
}

/** An event's text for a reader of `language`: the translation staff wrote, else the German text, marked as German. */
export function eventText(event: EventTexts, field: 'title' | 'description', language: string): LocalizedEventText {
  const german = { text: field === 'title' ? event.titleDe : event.descriptionDe, language: AUTHORITATIVE_LANGUAGE };
  if (language === AUTHORITATIVE_LANGUAGE) return german;
  const translated = event.translations?.[language]?.[field] ?? '';
  return translated.trim() ? { text: translated, language } : german;
}

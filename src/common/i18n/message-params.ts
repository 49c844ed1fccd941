import { languageDirection } from '../../../packages/shared/src/languages.js';
import { formatDate, formatDateTime, formatMoney, formatNumber } from './formatting.js';
import type { Translator } from './translator.js';

/**
 * A parameter of a message that is stored now and written out later (an in-app notification read
 * next month, an e-mail sent after a retry), in the language of the reader at that moment. So it is
 * stored as what it means, never as text of one language: a date, an amount, a catalogue key.
 */
export type MessageParam =
  /** Text that is the same in every language (a name, a note staff wrote). */
  | string
  /** A calendar day (`YYYY-MM-DD`) or a point in time (ISO 8601), written as a date. */
  | { date: string }
  /** A point in time (ISO 8601), written as date and time in Berlin with the zone. */
  | { dateTime: string }
  /** Integer cents. */
  | { money: number; currency?: string }
  | { number: number }
  /** A catalogue key, e.g. `payments:purpose.citizen_card`, translated for the reader. */
  | { key: string }
  /** A code, IBAN, reference, address or number that stays left to right inside right-to-left text. */
  | { ltr: string }
  /**
   * Text staff wrote, per language (German, the authoritative text, always present): written in the
   * reader's language where there is a translation, else in German (e.g. an event's or article's title).
   */
  | { content: Record<string, string> };

export type MessageParams = Record<string, MessageParam>;

/** Builders for the parameters, so that callers never format for one language. */
export const param = {
  date: (value: Date | string): MessageParam => ({ date: value instanceof Date ? value.toISOString() : value }),
  dateTime: (value: Date | string): MessageParam => ({ dateTime: value instanceof Date ? value.toISOString() : value }),
  money: (cents: number, currency = 'EUR'): MessageParam => ({ money: cents, currency }),
  number: (value: number): MessageParam => ({ number: value }),
  key: (key: string): MessageParam => ({ key }),
  ltr: (value: string): MessageParam => ({ ltr: value }),
  content: (byLanguage: Record<string, string>): MessageParam => ({ content: byLanguage }),
};

/** The German text and its non-empty translations, as a `content` parameter. */
export function contentParam(german: string, translations: Record<string, string | undefined>): MessageParam {
  const byLanguage: Record<string, string> = { de: german };
  for (const [language, text] of Object.entries(translations)) if (text?.trim() && language !== 'de') byLanguage[language] = text;
  return param.content(byLanguage);
}

export interface RenderedParam {
  text: string;
  /** Must stay left to right (isolated in right-to-left text). */
  ltr: boolean;
}

/** One parameter in `language`. Values of an unknown shape (old rows, a mistake) become empty text. */
export function renderParam(translator: Translator, language: string, value: MessageParam | unknown): RenderedParam {
  if (typeof value === 'string') return { text: value, ltr: false };
  if (typeof value === 'number') return { text: formatNumber(value, language), ltr: false };
  if (typeof value !== 'object' || value === null) return { text: '', ltr: false };
  const shaped = value as Record<string, unknown>;
  if (typeof shaped.ltr === 'string') return { text: shaped.ltr, ltr: true };
  if (typeof shaped.key === 'string') return { text: translator.t(language, shaped.key), ltr: false };
  if (typeof shaped.content === 'object' && shaped.content !== null) {
    const byLanguage = shaped.content as Record<string, unknown>;
    const text = byLanguage[language] ?? byLanguage.de;
    return { text: typeof text === 'string' ? text : '', ltr: false };
  }
  if (typeof shaped.money === 'number') {
    return { text: formatMoney(shaped.money, language, typeof shaped.currency === 'string' ? shaped.currency : 'EUR'), ltr: false };
  }
  if (typeof shaped.number === 'number') return { text: formatNumber(shaped.number, language), ltr: false };
  try {
    if (typeof shaped.date === 'string') return { text: formatDate(shaped.date, language), ltr: false };
    if (typeof shaped.dateTime === 'string') return { text: formatDateTime(shaped.dateTime, language), ltr: false };
  } catch {
    return { text: '', ltr: false };
  }
  return { text: '', ltr: false };
}

export function renderParamsOf(
  translator: Translator,
  language: string,
  params: MessageParams | null | undefined,
): Record<string, RenderedParam> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, renderParam(translator, language, value)]));
}

/** Unicode isolates: LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE. */
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * The parameters as plain text in `language`. In a right-to-left language the left-to-right values
 * are isolated, so that "DE89 3704 0044" or "BO-2027-000123" keep their order inside Arabic text.
 */
export function renderParams(translator: Translator, language: string, params: MessageParams | null | undefined): Record<string, string> {
  const rtl = languageDirection(language) === 'rtl';
  return Object.fromEntries(
    Object.entries(renderParamsOf(translator, language, params)).map(([name, { text, ltr }]) => [
      name,
      rtl && ltr && text ? `${LRI}${text}${PDI}` : text,
    ]),
  );
}

import { normaliseWz } from './wz/wz-search-text.js';

export const ACTIVITY_MIN_LENGTH = 25;
export const ACTIVITY_MIN_WORDS = 4;
export const ACTIVITY_MAX_LENGTH = 1000;

/**
 * Phrases the trade office refuses because they do not say what the business does (in the
 * normalised spelling of normaliseWz: lower case, ä → ae, ß → ss).
 */
const VAGUE_PHRASES = [
  'waren aller art',
  'waren jeglicher art',
  'artikel aller art',
  'gueter aller art',
  'handel mit allen waren',
  'handel mit allerlei',
  'dienstleistungen aller art',
  'dienstleistungen jeglicher art',
  'diverse dienstleistungen',
  'verschiedene dienstleistungen',
  'sonstige dienstleistungen',
  'allgemeine dienstleistungen',
  'alle erlaubten taetigkeiten',
  'alle erlaubnisfreien',
  'alle gesetzlich erlaubten',
  'alle gesetzlich zulaessigen',
  'alle zulaessigen',
  'jegliche taetigkeit',
  'jede erlaubte',
  'gemischtwarenhandel',
  'import und export von waren',
  'general trading',
  'general trade',
  'all kinds of goods',
  'all kinds of services',
  'goods of all kinds',
  'any kind of goods',
  'all permitted activities',
  'all lawful activities',
  'any lawful',
  'any legal business',
  'various services',
  'miscellaneous services',
  'diverse services',
  'general services',
];

/** Endings that leave the activity open. */
const OPEN_ENDED = /(^| )(usw|etc|u s w|und so weiter|and so on|und aehnliches|und vieles mehr|and more|and similar)( |$)/;

export type ActivityProblem = 'required' | 'too_short' | 'too_long' | 'vague' | 'open_ended' | 'copies_wz_title';

/** What the office would object to in a description of the activity, or null when it is precise enough. */
export function activityProblem(description: string, wzTitle: string | null): ActivityProblem | null {
  const trimmed = description.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > ACTIVITY_MAX_LENGTH) return 'too_long';
  const text = normaliseWz(trimmed).replace(/\./g, ' ').replace(/ +/g, ' ').trim();
  if (VAGUE_PHRASES.some((phrase) => text.includes(phrase))) return 'vague';
  if (OPEN_ENDED.test(text)) return 'open_ended';
  if (wzTitle && text === normaliseWz(wzTitle).replace(/\./g, ' ').replace(/ +/g, ' ').trim()) return 'copies_wz_title';
  if (trimmed.length < ACTIVITY_MIN_LENGTH || text.split(' ').length < ACTIVITY_MIN_WORDS) return 'too_short';
  return null;
}

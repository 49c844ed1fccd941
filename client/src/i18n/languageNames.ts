import { LANGUAGES, intlLocale } from '../../../packages/shared/src/index.js';

export interface LanguageOption {
  value: string;
  /** The language's name in itself ("Deutsch", "Türkçe", "العربية"), readable whatever the UI language. */
  label: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Every language the platform speaks, each named in its own language (packages/shared, German first). */
export function languageOptions(): LanguageOption[] {
  return LANGUAGES.map((language) => ({ value: language.code, label: language.nativeName, lang: language.code, dir: language.dir }));
}

/** The name of a language in the reader's language ("Deutsch", "German", "الألمانية"). */
export function languageNameIn(code: string, readerLanguage: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(readerLanguage)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** For plain-text places (select options, chart labels): the text, and its language in brackets when not the reader's. */
export function textWithLanguage(content: { text: string; language: string }, readerLanguage: string): string {
  return content.language === readerLanguage ? content.text : `${content.text} (${languageNameIn(content.language, readerLanguage)})`;
}

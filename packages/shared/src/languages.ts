/**
 * The languages the platform speaks. German is the authoritative text; every other catalogue is a
 * translation of it (see docs/translations.md). The server and the browser read this one list.
 */
export interface LanguageInfo {
  /** The catalogue folder under locales/ and the value stored as an account's preference. */
  code: string;
  /** The language's name in itself, as the switcher shows it. */
  nativeName: string;
  /** Writing direction of the language's script. */
  dir: 'ltr' | 'rtl';
  /** The BCP 47 tag used for Intl formatting (dates, numbers, money) and for `lang` attributes. */
  locale: string;
  /** The script its text needs in documents (selects the embedded fonts of a PDF). */
  script: 'latin' | 'cyrillic' | 'arabic' | 'han';
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr', locale: 'de-DE', script: 'latin' },
  { code: 'en', nativeName: 'English', dir: 'ltr', locale: 'en-GB', script: 'latin' },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr', locale: 'tr-TR', script: 'latin' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', locale: 'ar', script: 'arabic' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr', locale: 'uk-UA', script: 'cyrillic' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', locale: 'ru-RU', script: 'cyrillic' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr', locale: 'pl-PL', script: 'latin' },
  { code: 'ro', nativeName: 'Română', dir: 'ltr', locale: 'ro-RO', script: 'latin' },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl', locale: 'fa-IR', script: 'arabic' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr', locale: 'fr-FR', script: 'latin' },
  { code: 'es', nativeName: 'Español', dir: 'ltr', locale: 'es-ES', script: 'latin' },
  { code: 'zh', nativeName: '简体中文', dir: 'ltr', locale: 'zh-Hans-CN', script: 'han' },
];

export const AUTHORITATIVE_LANGUAGE = 'de';
export const LANGUAGE_CODES: readonly string[] = LANGUAGES.map((language) => language.code);

export function languageInfo(code: string): LanguageInfo | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

/** Writing direction of a supported language; unknown codes are left to right. */
export function languageDirection(code: string): 'ltr' | 'rtl' {
  return languageInfo(code)?.dir ?? 'ltr';
}

/** The Intl locale of a supported language (unknown codes are passed through). */
export function intlLocale(code: string): string {
  return languageInfo(code)?.locale ?? code;
}

import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, isSupportedLanguage } from './catalogues';

const STORAGE_KEY = 'bochum-eresidency.language';

/** The primary language subtag and whether the tag asks for Traditional Chinese (zh-TW, zh-Hant …). */
function parseTag(tag: string): { language: string; traditionalChinese: boolean } | undefined {
  try {
    const locale = new Intl.Locale(tag.trim());
    const language = locale.language.toLowerCase();
    return { language, traditionalChinese: language === 'zh' && locale.maximize().script === 'Hant' };
  } catch {
    return undefined; // not a well-formed BCP 47 tag
  }
}

/**
 * The best supported language for a list of tags in the person's order of preference (as
 * navigator.languages or Accept-Language give them): "fr-FR" → fr, "zh-CN" and "zh-Hans" → zh,
 * "pt-BR" → none. Our Chinese is Simplified: a Traditional Chinese tag only gets it when no other
 * tag in the list matches a supported language.
 */
export function negotiateLanguage(tags: readonly string[]): string | undefined {
  let traditionalChinese = false;
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (!parsed || !isSupportedLanguage(parsed.language)) continue;
    if (parsed.traditionalChinese) {
      traditionalChinese = true;
      continue;
    }
    return parsed.language;
  }
  return traditionalChinese && SUPPORTED_LANGUAGES.includes('zh') ? 'zh' : undefined;
}

function readSavedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (privacy settings)
  }
}

/** The supported language the `lng` parameter of the address asks for, e.g. a link "…/?lng=ar" sent to a person. */
export function languageParameter(): string | undefined {
  const parameter = new URLSearchParams(window.location.search).get('lng');
  return parameter ? negotiateLanguage([parameter]) : undefined;
}

/**
 * The language before anyone is signed in (once signed in, the account's preference wins, see
 * followAccountLanguage): the `lng` parameter, then the choice made on this device with the
 * switcher, then the browser's languages, then German.
 */
export function detectLanguage(): string {
  const parameter = languageParameter();
  if (parameter) return parameter;
  const saved = readSavedLanguage();
  if (isSupportedLanguage(saved)) return saved;
  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return negotiateLanguage(browserLanguages) ?? DEFAULT_LANGUAGE;
}

export function saveLanguage(language: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not fatal: the choice then lasts for this visit only
  }
}

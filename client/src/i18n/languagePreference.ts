import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES } from './catalogues';

const STORAGE_KEY = 'bochum-eresidency.language';

function supported(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const base = tag.toLowerCase().split('-')[0];
  return SUPPORTED_LANGUAGES.find((language) => language === base);
}

function readSavedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (privacy settings)
  }
}

/** Saved choice, then the browser's languages, then German. */
export function detectLanguage(): string {
  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return supported(readSavedLanguage()) ?? browserLanguages.map(supported).find(Boolean) ?? DEFAULT_LANGUAGE;
}

export function saveLanguage(language: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not fatal: the choice then lasts for this visit only
  }
}

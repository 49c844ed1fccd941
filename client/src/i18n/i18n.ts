import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, NAMESPACES, SUPPORTED_LANGUAGES, resources } from './catalogues';
import { detectLanguage, saveLanguage } from './languagePreference';

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

i18n.on('languageChanged', applyDocumentLanguage);

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: SUPPORTED_LANGUAGES,
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
  react: { useSuspense: false },
});

/** Switches the UI language and remembers the choice for the next visit. */
export function changeLanguage(language: string): Promise<unknown> {
  saveLanguage(language);
  return i18n.changeLanguage(language);
}

export default i18n;

import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageDirection } from '../../../packages/shared/src/index.js';
import { DEFAULT_LANGUAGE, NAMESPACES, SUPPORTED_LANGUAGES, germanResources, isSupportedLanguage, loadCatalogues } from './catalogues';
import { detectLanguage, languageParameter, saveLanguage } from './languagePreference';
import { loadScriptFonts, needsScriptFonts } from './scriptFonts';

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = languageDirection(language);
}

i18n.on('languageChanged', applyDocumentLanguage);

void i18n.use(initReactI18next).init({
  resources: { [DEFAULT_LANGUAGE]: germanResources },
  // Other languages arrive later through addResourceBundle (loadCatalogues).
  partialBundledLanguages: true,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  nonExplicitSupportedLngs: false,
  load: 'languageOnly',
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
  react: { useSuspense: false },
});

/**
 * Shows the UI in a language once its catalogues (and, for Arabic, Persian and Chinese, the
 * rules of their fonts) are there, so the page never flickers through German. A language that
 * cannot be fetched (offline before it was ever loaded) leaves the UI as it is.
 */
let latestRequest = 0;

async function showLanguage(language: string): Promise<void> {
  if (!isSupportedLanguage(language)) return;
  const request = ++latestRequest;
  const [resources] = await Promise.all([
    loadCatalogues(language),
    needsScriptFonts(language) ? loadScriptFonts(language).catch(() => undefined) : undefined,
  ]);
  for (const [namespace, catalogue] of Object.entries(resources)) {
    if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, catalogue, true, true);
  }
  // Two quick choices: the later one wins even if its catalogues arrived first.
  if (request === latestRequest) await i18n.changeLanguage(language);
}

/** Before the first render: the language of the address, this device or the browser (see detectLanguage). */
export async function startI18n(): Promise<void> {
  const fromParameter = languageParameter();
  if (fromParameter) saveLanguage(fromParameter); // a link "?lng=ar" is a choice that should last
  await showLanguage(detectLanguage()).catch(() => undefined);
}

/** Switches the UI language and remembers the choice on this device for the next visit. */
export async function changeLanguage(language: string): Promise<void> {
  saveLanguage(language);
  await showLanguage(language);
}

/** The current UI language (a code from packages/shared), as sent in Accept-Language. */
export function currentLanguage(): string {
  return isSupportedLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export default i18n;

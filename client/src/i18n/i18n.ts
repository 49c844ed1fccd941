import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageDirection } from '../../../packages/shared/src/index.js';
import {
  type CatalogueGroup,
  DEFAULT_LANGUAGE,
  NAMESPACES,
  SUPPORTED_LANGUAGES,
  isSupportedLanguage,
  loadCatalogueGroup,
} from './catalogues';
import { detectLanguage, languageParameter, saveLanguage } from './languagePreference';
import { loadScriptFonts, needsScriptFonts } from './scriptFonts';
import { START_TEXTS } from './startTexts';

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = languageDirection(language);
}

i18n.on('languageChanged', applyDocumentLanguage);

/** The namespaces whose German texts are all there (German is fetched beside any language). */
const completeNamespaces = new Set<string>();

/**
 * A key without text: while its namespace is only partly there (the landing page has only
 * START_TEXTS), its texts are fetched and it shows nothing meanwhile, never the key; a key missing
 * from a complete catalogue shows as the key, as before.
 */
function missingText(namespacedKey: string, defaultValue?: string): string {
  if (defaultValue !== undefined) return defaultValue;
  const separator = namespacedKey.indexOf(':');
  if (everythingLoaded || completeNamespaces.has(namespacedKey.slice(0, separator))) return namespacedKey.slice(separator + 1);
  if (import.meta.env.DEV && !everythingWanted) console.warn(`${namespacedKey} is not among START_TEXTS (client/src/i18n/startTexts.ts)`);
  void loadAllCatalogues();
  return '';
}

void i18n.use(initReactI18next).init({
  // No catalogue is bundled: showLanguage adds them through addResourceBundle (catalogues.ts).
  resources: {},
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
  // A text of a namespace still on its way (e.g. the navigation's, just after signing in) is empty
  // until it arrives (missingText).
  appendNamespaceToMissingKey: true,
  parseMissingKeyHandler: missingText,
  // Components show texts of catalogues added after their render ('added').
  react: { useSuspense: false, bindI18nStore: 'added' },
});

/**
 * Shows the UI in a language once its catalogues (and, for Arabic, Persian and Chinese, the
 * rules of their fonts) are there, so the page never flickers through German. A language that
 * cannot be fetched (offline before it was ever loaded) leaves the UI as it is.
 */
let latestRequest = 0;
let targetLanguage: string = DEFAULT_LANGUAGE;
/** Set by the first page beyond the landing page (or signing in): from then on every language comes whole. */
let everythingWanted = false;

const added = new Set<string>();

/** Adds one group of catalogues of a language and of German, its fallback (once each). */
async function addCatalogues(language: string, group: CatalogueGroup): Promise<void> {
  const languages = language === DEFAULT_LANGUAGE ? [language] : [language, DEFAULT_LANGUAGE];
  const groups = await Promise.all(languages.map((each) => loadCatalogueGroup(each, group)));
  languages.forEach((each, index) => {
    if (added.has(`${each}|${group}`)) return;
    added.add(`${each}|${group}`);
    if (each === DEFAULT_LANGUAGE)
      for (const namespace of Object.keys(groups[index]))
        if (group === 'rest' || START_TEXTS[namespace] === '*') completeNamespaces.add(namespace);
    // Deep: `rest` completes the namespaces of which `start` has a few keys.
    for (const [namespace, catalogue] of Object.entries(groups[index])) i18n.addResourceBundle(each, namespace, catalogue, true, true);
  });
}

async function showLanguage(language: string): Promise<void> {
  if (!isSupportedLanguage(language)) return;
  const request = ++latestRequest;
  targetLanguage = language;
  await Promise.all([
    addCatalogues(language, 'start'),
    everythingWanted ? addCatalogues(language, 'rest') : undefined,
    needsScriptFonts(language) ? loadScriptFonts(language).catch(() => undefined) : undefined,
  ]);
  // Two quick choices: the later one wins even if its catalogues arrived first.
  if (request === latestRequest) await i18n.changeLanguage(language);
}

let everything: { promise: Promise<void>; failedAt?: number } | undefined;
let everythingLoaded = false;
const RETRY_AFTER_MS = 5_000;

/**
 * Every namespace of the current language (one chunk, fetched once): awaited before any page but the
 * landing page shows (CataloguesReady, the kiosk) and fetched when someone signs in (the navigation).
 * Never fails: offline, the page shows what is there; a later page tries again (not at once, so a
 * page waiting for it is not rendered over and over).
 */
export function loadAllCatalogues(): Promise<void> {
  everythingWanted = true;
  if (!everything || (everything.failedAt !== undefined && Date.now() - everything.failedAt > RETRY_AFTER_MS)) {
    const attempt: { promise: Promise<void>; failedAt?: number } = { promise: Promise.resolve() };
    const languages = [...new Set([currentLanguage(), targetLanguage])];
    attempt.promise = Promise.all(languages.map((language) => addCatalogues(language, 'rest'))).then(
      () => {
        everythingLoaded = true;
      },
      () => {
        attempt.failedAt = Date.now();
      },
    );
    everything = attempt;
  }
  return everything.promise;
}

/** Whether loadAllCatalogues has nothing left to fetch (a later language comes whole, see showLanguage). */
export function allCataloguesLoaded(): boolean {
  return everythingLoaded;
}

/** Before the first render: the language of the address, this device or the browser (see detectLanguage). */
export async function startI18n(): Promise<void> {
  const fromParameter = languageParameter();
  if (fromParameter) saveLanguage(fromParameter); // a link "?lng=ar" is a choice that should last
  // German, the fallback, when the chosen language cannot be fetched (offline before it was ever loaded).
  await showLanguage(detectLanguage())
    .catch(() => showLanguage(DEFAULT_LANGUAGE))
    .catch(() => undefined);
}

/** Switches the UI language and remembers the choice on this device for the next visit. */
export async function changeLanguage(language: string): Promise<void> {
  saveLanguage(language);
  await showLanguage(language);
}

/** Switches the UI language for this page only, remembering nothing on the device (self-service terminals). */
export async function showLanguageWithoutSaving(language: string): Promise<void> {
  await showLanguage(language);
}

/** The current UI language (a code from packages/shared), as sent in Accept-Language. */
export function currentLanguage(): string {
  return isSupportedLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export default i18n;

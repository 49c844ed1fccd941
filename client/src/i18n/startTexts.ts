/**
 * The texts fetched before the first render: what the layout (header, navigation signed out,
 * footer) and the landing page show, per namespace either all of it ('*') or some top-level keys.
 * vite.config.ts builds two chunks per language from locales/<lng>/*.json: these texts
 * ("locale-fr-start", about 4 KB gzipped) and every namespace in full ("locale-fr"), fetched with
 * the first other page (CataloguesReady) or when someone signs in. `npm run budget:client` counts
 * the German start chunk. A text of the landing page or the layout that is not listed here makes
 * the page fetch everything (parseMissingKeyHandler in i18n.ts): list it.
 */
export const START_TEXTS: Readonly<Record<string, '*' | readonly string[]>> = {
  common: '*',
  legal: ['footer'],
  companies: ['landing'],
  participation: ['nav'],
  pki: ['nav'],
};

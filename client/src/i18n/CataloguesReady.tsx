import { type ReactNode, use } from 'react';
import { allCataloguesLoaded, loadAllCatalogues } from './i18n';

/**
 * Shows its page once every catalogue of the language is there: the first page beyond the landing
 * page suspends here (Layout's Suspense, like a page's own chunk) while the rest of the texts arrive,
 * so no page shows keys and texts of other namespaces (`t('nav', { ns: 'residency' })`) are there too.
 */
export function CataloguesReady({ children }: { children: ReactNode }) {
  if (!allCataloguesLoaded()) use(loadAllCatalogues());
  return children;
}

/** The app's own assets among these resources (scripts, styles, fonts, the language's catalogues, pages). */
function assetsOf(entries: PerformanceEntryList): string[] {
  return entries
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname);
}

/**
 * Registers the service worker in production builds (the dev server serves no `/sw.js`). Once it is
 * active, it is told what this first visit loaded before it was there (e.g. the chunk of the chosen
 * language, fetched on demand), so the app also opens offline in that language; and then every asset
 * loaded later (a page's chunk, fetched with its route) until it controls the page.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    void navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const cacheAssets = (urls: string[]) => urls.length > 0 && registration.active?.postMessage({ type: 'cache-assets', urls });
        cacheAssets(assetsOf(performance.getEntriesByType('resource')));
        if (navigator.serviceWorker.controller) return;
        const observer = new PerformanceObserver((list) => cacheAssets(assetsOf(list.getEntries())));
        observer.observe({ type: 'resource' });
        navigator.serviceWorker.addEventListener('controllerchange', () => observer.disconnect(), { once: true });
      })
      .catch(() => undefined);
  });
}

/** The app's own assets this page has loaded so far (scripts, styles, fonts, the language's catalogues). */
function loadedAssets(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname);
}

/**
 * Registers the service worker in production builds (the dev server serves no `/sw.js`). Once it is
 * active, it is told what this first visit loaded before it was there (e.g. the chunk of the chosen
 * language, fetched on demand), so the app also opens offline in that language.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    void navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active?.postMessage({ type: 'cache-assets', urls: loadedAssets() }))
      .catch(() => undefined);
  });
}

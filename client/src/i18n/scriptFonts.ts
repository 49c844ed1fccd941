import { languageInfo } from '../../../packages/shared/src/index.js';

let regular: Promise<unknown> | undefined;
let chineseBold: Promise<unknown> | undefined;

function once(load: () => Promise<unknown>, reset: () => void): Promise<unknown> {
  return load().catch((error: unknown) => {
    reset(); // offline before they were ever cached: try again next time
    throw error;
  });
}

/**
 * Noto Sans Arabic (Arabic, Persian) and Noto Sans SC (Chinese): Chromium on many systems has no
 * font for these scripts. Their @font-face rules come as CSS chunks of their own, so a German page
 * does not wait for them; the font files themselves are only fetched for characters in their
 * unicode-range (the fontsource subsets), i.e. when such text is on the page. Bold Chinese (118 kB
 * of rules) only for a Chinese UI; elsewhere a Chinese name in bold is synthesized from the regular.
 */
export function loadScriptFonts(language?: string): Promise<unknown> {
  regular ??= once(
    () =>
      Promise.all([
        import('@fontsource/noto-sans-arabic/400.css'),
        import('@fontsource/noto-sans-arabic/700.css'),
        import('@fontsource/noto-sans-sc/400.css'),
      ]),
    () => (regular = undefined),
  );
  if (languageInfo(language ?? '')?.script !== 'han') return regular;
  chineseBold ??= once(
    () => import('@fontsource/noto-sans-sc/700.css'),
    () => (chineseBold = undefined),
  );
  return Promise.all([regular, chineseBold]);
}

/** Whether the UI text of a language needs the script fonts (so switching waits for their rules). */
export function needsScriptFonts(language: string): boolean {
  const script = languageInfo(language)?.script;
  return script === 'arabic' || script === 'han';
}

/**
 * After the first paint, load the rules anyway: a German page may show a name such as "محمد" or
 * "王小明". They cost no font download until such text appears.
 */
export function loadScriptFontsWhenIdle(): void {
  const load = () => void loadScriptFonts().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 2000);
}

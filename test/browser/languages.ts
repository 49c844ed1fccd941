/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { artifact, launchChromium } from './chromium.js';

/**
 * What the languages journeys (issue 13: languages-*.browser-spec.ts) share: texts from the
 * catalogues, browsers set to a list of languages, and the Arabic pages' screenshots and axe checks.
 */

const catalogues = readCatalogues();
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

function lookup(tree: unknown, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as any)[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
}

/** A text of the UI in a language as the client shows it: the language's catalogue, else German. */
export function ui(language: string) {
  return (namespace: string, key: string): string => {
    const text = lookup(catalogues[language]?.[namespace], key) ?? lookup(catalogues.de[namespace], key);
    if (text === undefined) throw new Error(`no text ${namespace}:${key}`);
    return text;
  };
}

export interface LanguagesJourney {
  server: RunningServer;
  /**
   * A page of a browser set to `tags` (as in its language settings): navigator.languages and the
   * Accept-Language header both say them, as in a real browser (Playwright's `locale` gives one tag).
   */
  pageWithLanguages(tags: string[], viewport?: { width: number; height: number }): Promise<Page>;
}

/** One server and one Chromium for the describe block that calls it (beforeAll/afterAll). */
export function languagesJourney(environment: Record<string, string> = {}): LanguagesJourney {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const journey = {
    server: undefined as unknown as RunningServer,
    async pageWithLanguages(tags: string[], viewport = PHONE): Promise<Page> {
      const context = await browser.newContext({ viewport, locale: tags[0], acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const userAgent = await page.evaluate(() => navigator.userAgent);
      await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: tags.join(',') });
      return page;
    },
  };
  beforeAll(async () => {
    [journey.server, browser] = await Promise.all([startServer(environment), launchChromium()]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await journey.server?.close();
  });
  return journey;
}

export async function documentLanguage(page: Page, language: string): Promise<void> {
  await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
}

/** The screenshot at phone and desktop size, and no serious or critical axe violation at either. */
export async function keepAndCheck(page: Page, name: string): Promise<void> {
  const before = page.viewportSize() ?? PHONE;
  for (const [size, viewport] of [
    ['390x844', PHONE],
    ['1280x800', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: artifact(`languages-ar-${name}-${size}.png`), fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${name} ${size}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious).toEqual([]);
  }
  await page.setViewportSize(before);
}

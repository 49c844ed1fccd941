/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { accountWithRoles, STRONG_PASSWORD, uniqueEmail } from '../support/accounts.js';
import { grantResidency } from '../support/cards.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { registerVerified, signIn, step } from './steps.js';

/** No serious or critical axe violation in the page's main content (the shared header and its notification bell are checked by their own journeys). */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** A resident of `category` who reads in `language`, signed in on a new phone-sized page. */
async function residentPage(browser: Browser, server: RunningServer, category: string, language: string, locale: string): Promise<Page> {
  const email = uniqueEmail(category);
  await registerVerified(server, email, STRONG_PASSWORD, language);
  const [{ id }] = await server.sql<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [email]);
  await grantResidency(server, id, { categories: [category] });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
  const page = await context.newPage();
  await signIn(page, server, email, STRONG_PASSWORD);
  return page;
}

describe('participation news in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ STATUS_LIST_CACHE_SECONDS: '0' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('staff publish an article for former residents; a former resident (French) sees it, a student does not', async () => {
    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const staffPage = await staffContext.newPage();
    const staff = await accountWithRoles(server, ['staff_communication'], 'de');
    await signIn(staffPage, server, staff.email, STRONG_PASSWORD);

    const articleId = await step(staffPage, 'write and publish', async () => {
      await staffPage.goto(`${server.baseUrl}/staff/participation/news/new`);
      const editor = staffPage.getByTestId('news-editor');
      await editor.locator('input[name="titleDe"]').fill('Willkommen zurück in Bochum');
      await editor.locator('textarea[name="teaserDe"]').fill('Was sich seit Ihrem Umzug verändert hat.');
      await editor.locator('textarea[name="bodyDe"]').fill('Die Stadt hat **viel Neues**. [Mehr erfahren](https://www.bochum.de)');
      await editor.locator('select[name="topic"]').selectOption('city_life');
      await editor.locator('input[name="audience-category-former_resident"]').check();
      await expectAccessible(staffPage, 'news editor');
      await editor.getByTestId('submit').click();
      await staffPage.waitForURL(/\/staff\/participation\/news\/[0-9a-f-]{36}\/edit$/);
      await staffPage.getByTestId('news-preview').waitFor();
      await staffPage.getByTestId('news-publish').click();
      await staffPage.getByTestId('news-notice').waitFor();
      await staffPage.waitForFunction(() => document.querySelector('[data-testid="news-status"]')?.textContent?.includes('Veröffentlicht'));
      return /news\/([0-9a-f-]{36})\/edit/.exec(staffPage.url())![1];
    });

    const former = await residentPage(browser, server, 'former_resident', 'fr', 'fr-FR');
    await step(former, 'former resident reads it', async () => {
      await former.goto(`${server.baseUrl}/news`);
      await former.getByTestId('news-page').waitFor();
      const item = former.getByTestId('news-item').filter({ hasText: 'Willkommen zurück in Bochum' });
      await item.waitFor();
      // No French translation: the German title, visibly marked as German.
      await item.getByTestId('content-fallback').first().waitFor();
      expect(await former.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toContain('lng=fr');
      await expectAccessible(former, 'news');
      await item.locator('a').first().click();
      await former.getByTestId('news-article').waitFor();
      expect(await former.locator('.news-body a').getAttribute('rel')).toBe('noopener noreferrer nofollow');
      await former.goto(`${server.baseUrl}/`);
      await former.getByTestId('latest-news').getByText('Willkommen zurück in Bochum').waitFor();
    });

    const student = await residentPage(browser, server, 'student', 'en', 'en-GB');
    await step(student, 'student does not', async () => {
      await student.goto(`${server.baseUrl}/news`);
      await student.getByTestId('news-page').waitFor();
      await student.getByText('There is no news at the moment.').waitFor();
      expect(await student.getByText('Willkommen zurück in Bochum').count()).toBe(0);
      await student.goto(`${server.baseUrl}/news/${articleId}`);
      await student.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await student.getByTestId('news-article').count()).toBe(0);
      expect(await student.getByText('Willkommen zurück in Bochum').count()).toBe(0);
    });
    await staffContext.close();
  });
});

/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { expectAccessible } from './expect-accessible.js';
import { step } from './steps.js';

/** Issue 17, item 8: the legal pages from every page's footer, in German and in Arabic (right to left), and the accessibility feedback. */
describe('legal pages in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ LEGAL_ACCESSIBILITY_CONTACT_EMAIL: 'a11y@bochum.example' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links the legal notice, privacy notice and accessibility statement from the footer, and takes feedback anonymously', async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' })).newPage();
    await page.goto(`${server.baseUrl}/login`);
    const footer = page.getByTestId('legal-footer');
    const pages = [
      ['Impressum', 'legal-notice', 'legal-notice-page', 'Willy-Brandt-Platz 2–6'],
      ['Datenschutz', 'privacy', 'legal-privacy-page', 'LDI NRW'],
      ['Barrierefreiheit', 'accessibility', 'legal-accessibility-page', 'Ombudsstelle für barrierefreie Informationstechnik NRW'],
    ] as const;
    for (const [link, path, testId, text] of pages) {
      await step(page, `footer → ${path}`, async () => {
        await footer.getByRole('link', { name: link }).click();
        await page.waitForURL(`**/${path}`);
        await page.getByTestId(testId).filter({ hasText: text }).waitFor();
        await expectAccessible(page, path, 'body');
      });
    }

    await step(page, 'send feedback', async () => {
      const form = page.getByTestId('accessibility-feedback-form');
      await form.locator('textarea[name="message"]').fill('kurz');
      await form.locator('button[type="submit"]').click();
      await form.locator('textarea[name="message"][aria-invalid="true"]').waitFor();
      await form.locator('textarea[name="message"]').fill('Die Tabelle der Zahlungen lässt sich mit dem Bildschirmleser nicht lesen.');
      await form.locator('input[name="pageUrl"]').fill('/account/receipts');
      await form.locator('button[type="submit"]').click();
      await page.getByTestId('accessibility-feedback-sent').waitFor();
      await expectAccessible(page, 'feedback sent');
    });
    const rows = await server.sql<{ page_url: string; email: string | null }>('SELECT page_url, email FROM accessibility_feedback');
    expect(rows).toEqual([{ page_url: '/account/receipts', email: null }]);
    expect((await server.mailbox.list('a11y@bochum.example')).map((mail) => mail.template)).toEqual(['legal.accessibility_feedback']);
  });

  it('shows the accessibility statement right to left in Arabic', async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ar' })).newPage();
    await page.goto(`${server.baseUrl}/accessibility?lng=ar`);
    await page.getByTestId('legal-accessibility-page').getByRole('heading', { level: 1, name: 'بيان إمكانية الوصول' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByTestId('german-binding-notice').waitFor();
    await page.getByTestId('legal-footer').getByRole('link', { name: 'بيانات الناشر' }).waitFor();
    await expectAccessible(page, 'accessibility statement (ar)', 'body');
  });
});

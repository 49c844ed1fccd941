/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { accountWithRoles, login, STRONG_PASSWORD } from '../support/accounts.js';
import { residentWithCardAndPayment } from '../support/privacy.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { signIn, step } from './steps.js';

/** No serious or critical axe violation in the page's main content. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Issue 17 acceptance: a resident downloads their data, then deletes the account; the card stops verifying, the payment stays. */
describe('privacy in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const privacy = readCatalogues().de.privacy as any;

  beforeAll(async () => {
    server = await startServer({ STATUS_LIST_CACHE_SECONDS: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('downloads my data, deletes my account: no sign-in, card revoked, payment kept', async () => {
    const resident = await residentWithCardAndPayment(server, 'de');
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' })).newPage();
    await signIn(page, server, resident.email, STRONG_PASSWORD);

    await step(page, 'download my data', async () => {
      await page.getByTestId('privacy-link').click();
      await page.waitForURL('**/account/privacy');
      await page.getByRole('heading', { level: 1, name: privacy.page.title }).waitFor();
      await page.getByTestId('accesses-empty').waitFor();
      await expectAccessible(page, 'my data');
      const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
      const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
      expect(data.domains.identity.account.email).toBe(resident.email);
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
      expect(
        readFileSync(await pdf.path())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });

    await step(page, 'delete my account', async () => {
      await page.locator('input[name="currentPassword"]').fill(STRONG_PASSWORD);
      await page.locator('input[name="confirm"]').check();
      await page.getByRole('button', { name: privacy.delete.submit }).click();
      await page.waitForURL((url) => url.pathname === '/');
    });

    await step(page, 'afterwards: no sign-in, the card is revoked, the payment stays', async () => {
      await page.goto(`${server.baseUrl}/login`);
      await page.locator('input[name="email"]').fill(resident.email);
      await page.locator('input[name="password"]').fill(STRONG_PASSWORD);
      await page.getByTestId('submit').click();
      await page.getByRole('alert').waitFor();
      expect(page.url()).toContain('/login');
      expect((await login(server, resident.email)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await resident.verify()).reason).toBe('REVOKED');
      const payments = await server.sql<{ status: string }>('SELECT status FROM payments WHERE payer_account_id = $1', [
        resident.accountId,
      ]);
      expect(payments).toEqual([{ status: 'succeeded' }]);
    });

    const staff = await accountWithRoles(server, ['staff_citizens_office'], 'de');
    const staffPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })).newPage();
    await step(staffPage, 'records of processing for staff', async () => {
      await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
      await staffPage.goto(`${server.baseUrl}/staff/privacy`);
      await staffPage.getByRole('heading', { level: 1, name: privacy.records.title }).waitFor();
      expect(await staffPage.getByTestId('processing-activity').count()).toBeGreaterThan(5);
      await expectAccessible(staffPage, 'records of processing');
    });
  });
});

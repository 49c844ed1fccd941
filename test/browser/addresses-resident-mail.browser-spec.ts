/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { residentWithMailbox } from '../support/addresses.js';
import { SCAN_PDF } from '../support/business-address.js';
import { grantResidency } from '../support/cards.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { expectAccessible } from './expect-accessible.js';
import { signIn, step } from './steps.js';

/** Issue 17 acceptance: staff record a scanned letter for a resident, who then reads it in the app. */
describe('residents’ mail in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the citizens’ office records a scanned letter; the resident is told, opens it in the inbox and it counts as read', async () => {
    const resident = await residentWithMailbox(server, 'scan', { language: 'de' });
    await grantResidency(server, resident.account.id as string);
    const clerk = await accountWithRoles(server, ['staff_citizens_office'], 'de');

    const staffPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })).newPage();
    staffPage.setDefaultTimeout(20_000);
    await signIn(staffPage, server, clerk.email, STRONG_PASSWORD);
    await step(staffPage, 'record the letter', async () => {
      await staffPage.goto(`${server.baseUrl}/staff`);
      const desk = staffPage.getByTestId('staff-resident-mail');
      await desk.locator('input[name="residentMailbox"]').fill(resident.mailbox.replace('Fach ', ''));
      await desk.getByTestId('staff-mailbox-lookup').locator('button[type="submit"]').click();
      await desk.getByTestId('staff-mailbox-handling').and(desk.locator('[data-handling="scan"]')).waitFor();
      await desk.locator('input[name="sender"]').fill('Finanzamt Bochum-Mitte');
      await desk.getByTestId('staff-letter-scan').setInputFiles({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: SCAN_PDF });
      await expectAccessible(staffPage, 'staff mail desk');
      await desk.getByTestId('staff-record-submit').locator('button').click();
      await desk.getByTestId('staff-mail-item').filter({ hasText: 'Finanzamt Bochum-Mitte' }).waitFor();
    });

    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' })).newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, server, resident.email, STRONG_PASSWORD);
    await step(page, 'read it in the inbox', async () => {
      await page.getByRole('link', { name: 'Meine Post' }).first().click();
      await page.waitForURL('**/address/mail');
      const letter = page.getByTestId('resident-mail-item').filter({ hasText: 'Finanzamt Bochum-Mitte' });
      await letter.and(page.locator('[data-read="false"]')).waitFor();
      await page.getByTestId('resident-mail-unread').waitFor();
      await expectAccessible(page, 'resident inbox');
      const [download] = await Promise.all([page.waitForEvent('download'), letter.getByTestId('resident-mail-download').click()]);
      expect(download.suggestedFilename()).toMatch(/^letter-\d{4}-\d{2}-\d{2}\.pdf$/);
      await letter.and(page.locator('[data-read="true"]')).waitFor();
      expect(await page.getByTestId('resident-mail-unread').count()).toBe(0);
    });
  });
});

/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { accountWithRoles, STRONG_PASSWORD, uniqueEmail } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { registerVerified, signIn, step } from './steps.js';

/** No serious or critical axe violation in the page's main content. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

describe('roles and reference data in the browser', () => {
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

  it('an administrator grants the citizens’ office role to a new account, which then sees the case queue', async () => {
    const admin = await accountWithRoles(server, ['admin'], 'de');
    const clerkEmail = uniqueEmail('clerk');
    await registerVerified(server, clerkEmail, STRONG_PASSWORD, 'de');

    const adminPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })).newPage();
    await signIn(adminPage, server, admin.email, STRONG_PASSWORD);
    await step(adminPage, 'grant the role', async () => {
      await adminPage.getByRole('link', { name: 'Rollen', exact: true }).click();
      await adminPage.waitForURL('**/staff/roles');
      await adminPage.locator('input[name="email"]').fill(clerkEmail);
      await adminPage.getByTestId('roles-lookup').getByTestId('submit').click();
      const account = adminPage.getByTestId('roles-account');
      await account.getByText('Dieses Konto hat keine Rollen.').waitFor();
      await expectAccessible(adminPage, 'roles');
      const change = adminPage.getByTestId('roles-change');
      await change.locator('select[name="role"]').selectOption('staff_citizens_office');
      await change.locator('textarea[name="reason"]').fill('Neue Kollegin im Bürgerbüro Mitte');
      await change.getByTestId('submit').click();
      await change.getByTestId('success').waitFor();
    });

    const clerkPage = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' })).newPage();
    await step(clerkPage, 'the new clerk sees the case queue', async () => {
      await signIn(clerkPage, server, clerkEmail, STRONG_PASSWORD);
      await clerkPage.goto(`${server.baseUrl}/staff`);
      await clerkPage.getByTestId('case-queue').waitFor();
    });

    await step(adminPage, 'reference data pages are accessible', async () => {
      await adminPage.goto(`${server.baseUrl}/staff/partner-banks`);
      const form = adminPage.getByTestId('bank-form-new');
      await form.locator('input[name="code"]').fill('volksbank-journey');
      await form.locator('input[name="name"]').fill('Volksbank Journey');
      await form.locator('input[name="bic"]').fill('GENODEM1BOW');
      await form.locator('input[name="bankCode"]').fill('43060129');
      await form.locator('input[name="apiBaseUrl"]').fill('https://api.example-bank.de/v1');
      await form.getByTestId('submit').click();
      expect(await adminPage.getByTestId('bank-secret-value').textContent()).toMatch(/^whsec_/);
      await expectAccessible(adminPage, 'partner banks');
      for (const [path, name] of [
        ['/staff/service-points', 'service points'],
        ['/staff/address-pools', 'address pools'],
      ]) {
        await adminPage.goto(`${server.baseUrl}${path}`);
        await adminPage.getByTestId('address-pools').locator('li').first().waitFor();
        await expectAccessible(adminPage, name);
      }
    });
  });
});

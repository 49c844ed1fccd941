/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { signedInAccount, STRONG_PASSWORD } from '../support/accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from '../support/companies.js';
import { graphql } from '../support/graphql.js';
import { verifyIdentityForTest } from '../support/identity-verification.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { START_TRADE_REGISTRATION } from '../support/trade-registration.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signIn, step } from './steps.js';

/**
 * The WZ search of the trade registration form as a founder uses it: they describe the business in
 * their words ("consulting", "Friseur"), see the official German title with an explanation in their
 * language (German, marked as such, where there is none), and choose it.
 */
describe('WZ search on the trade registration form (browser)', () => {
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

  it.each([
    ['en', 'consulting', '70.22.0', /^Advising businesses on strategy/],
    ['de', 'Friseur', '96.02.1', /^Friseursalon oder Barbershop/],
    ['tr', 'Dolmetscher', '74.30.2', /^Mündliches Dolmetschen/],
  ])('in %s: "%s" finds %s with the German title and an explanation', async (language, query, code, explanation) => {
    const email = `wz.${language}.${Date.now()}@example.org`;
    const person = await signedInAccount(server, email, STRONG_PASSWORD, language);
    await verifyIdentityForTest(server, String(person.account.id), 'substantial');
    const { companyId } = await createCompanyForTest(server, person.token);
    const { establishmentId } = await createEstablishmentForTest(server, person.token, companyId);
    const started = await graphql<any>(
      server,
      START_TRADE_REGISTRATION,
      { input: { companyId, establishmentId } },
      { token: person.token },
    );
    expect(started.errors).toBeUndefined();

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await step(page, `trade-wz-${language}`, async () => {
      await signIn(page, server, email, STRONG_PASSWORD);
      await page.goto(`${server.baseUrl}/company/${companyId}/trade-registration`);
      await page.getByTestId('wz-search').pressSequentially(query, { delay: 30 });
      const option = page.getByTestId(`wz-option-${code}`);
      await option.waitFor();
      const [{ title }] = await server.sql<{ title: string }>(
        'SELECT c.title FROM wz_codes c JOIN wz_editions e ON e.id = c.edition_id WHERE e.is_current AND c.code = $1',
        [code],
      );
      await expect(option.locator('span[lang="de"]').first().textContent()).resolves.toBe(title);
      const explained = option.locator('.wz-combobox__explanation');
      await expect(explained.textContent()).resolves.toMatch(explanation);
      const germanFallback = language !== 'de' && (await explained.getAttribute('lang')) === 'de';
      expect(await explained.locator('.wz-combobox__language').count()).toBe(germanFallback ? 1 : 0);
      expect(germanFallback).toBe(language === 'tr');
      await keepScreenshot(page, `trade-wz-${language}.png`);
      await option.click();
      const chosen = page.getByTestId('wz-chosen');
      await expect(chosen.textContent()).resolves.toContain(title);
      const describedBy = (await page.getByTestId('wz-search').getAttribute('aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toContain(await chosen.getAttribute('id'));
    });
    await context.close();
  });
});

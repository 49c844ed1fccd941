/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { STRONG_PASSWORD, signedInAccount, uniqueEmail } from '../support/accounts.js';
import { createCompanyForTest } from '../support/companies.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signIn, step } from './steps.js';

/**
 * A German founder whose VAT id VIES could not check when the company was saved (the sandbox's
 * member state is unavailable on the first request): the journey page says so, "check again"
 * gets VIES's confirmation, the profile shows the name and consultation number as registered, and
 * the tax id field is labelled by the country of registration.
 */
describe('VAT id check in the browser (de)', () => {
  let server: RunningServer;
  let browser: Browser;
  const texts = readCatalogues().de.companies as any;

  beforeAll(async () => {
    server = await startServer({ VIES_RETRY_DELAY_SECONDS: '3600', VIES_RECHECK_MIN_SECONDS: '0' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the pending check, checks again, and labels the tax id per country', async () => {
    const email = uniqueEmail('gruenderin');
    const founder = await signedInAccount(server, email, STRONG_PASSWORD, 'de');
    const { companyId } = await createCompanyForTest(server, founder.token, {
      legalName: 'Ruhr Sandbox GmbH',
      legalForm: 'GmbH',
      countryCode: 'DE',
      vatId: 'DE444444443',
      headOffice: { street: 'Huestraße 1', postcode: '45127', city: 'Essen', countryCode: 'DE' },
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const page = await context.newPage();
    await signIn(page, server, email, STRONG_PASSWORD);

    await step(page, 'vies-de-pending', async () => {
      await page.goto(`${server.baseUrl}/company/${companyId}`);
      const panel = page.getByTestId('vat-check');
      await panel.getByText(texts.vatCheck.status.pending).waitFor();
      await panel.getByText(/MS_UNAVAILABLE/).waitFor();
      await keepScreenshot(page, 'vies-de-pending.png');
      // Check again is allowed at once here (VIES_RECHECK_MIN_SECONDS=0): no waiting time is announced.
      expect(await page.locator('#vat-recheck-wait').count()).toBe(0);
      await page.getByTestId('vat-recheck').click();
      await panel.getByText(texts.vatCheck.status.valid).waitFor();
      expect(await panel.getByTestId('vat-check-details').textContent()).toContain(texts.vatCheck.requestIdentifier);
      expect(await page.getByTestId('vat-recheck').count()).toBe(0);
    });

    await step(page, 'vies-de-profile', async () => {
      await page.goto(`${server.baseUrl}/company/${companyId}/profile`);
      const details = page.getByTestId('vat-check-details');
      await details.waitFor();
      const text = (await details.textContent()) ?? '';
      expect(text).toContain('DE444444443');
      expect(text).toContain(texts.vatCheck.notShared);
      expect(text).toMatch(/WAPISBX[0-9A-F]{12}/);
      await page.getByLabel(texts.form.taxId.eu_vat).waitFor();
      await page.getByLabel(texts.form.country).selectOption('IN');
      await page.getByLabel(texts.form.taxId.in_pan_gstin).waitFor();
      await page.getByText('Zum Beispiel AAACB1234C / 27AAACB1234C1Z5').waitFor();
      await keepScreenshot(page, 'vies-de-profile.png');
    });
    await context.close();
  });
});

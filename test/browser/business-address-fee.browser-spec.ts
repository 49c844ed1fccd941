import type { Browser } from 'playwright-core';
import { STRONG_PASSWORD } from '../support/accounts.js';
import { companyWithBusinessAddress } from '../support/business-address.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { expectAccessible } from './expect-accessible.js';
import { signIn, step } from './steps.js';

describe('the postal service with a monthly fee in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ FEE_BUSINESS_ADDRESS_CENTS: '900', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a founder books the postal service, pays its fee, and the page shows it active as it happens', async () => {
    const company = await companyWithBusinessAddress(server, 'Boulangerie Durand SAS');
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' })).newPage();
    await signIn(page, server, company.representative.email, STRONG_PASSWORD);
    const status = (value: string) => page.locator(`[data-testid="business-mail-service-status"][data-status="${value}"]`);

    await step(page, 'postal-fee-due', async () => {
      await page.goto(`${server.baseUrl}/company/${company.companyId}/business-address`);
      await page.getByTestId('business-address-lines').waitFor();
      await page.locator('input[name="businessMailHandling"][value="scan"]').check();
      await page.getByTestId('business-mail-submit').locator('button').click();
      await status('awaiting_payment').waitFor();
      await page.getByTestId('business-address-pay').waitFor();
      await expectAccessible(page, 'postal service fee due');
    });

    // The address after the checkout: the page's own read, the catch-up read once its subscription is
    // registered, the read on the journey's change. Polling (every 3 s, only while live updates are down)
    // would add one read per 3 s of waiting for the provider's confirmation.
    let addressReads = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && /"operationName":"CompanyBusinessAddresses"/.test(request.postData() ?? ''))
        addressReads += 1;
    });
    await step(page, 'postal-fee-paid', async () => {
      await page.getByTestId('business-address-pay').getByTestId('pay').click();
      await page.waitForURL('**/sandbox/checkout/*');
      await page.getByTestId('sandbox-pay').click();
      await page.waitForURL(`**/company/${company.companyId}/business-address?**`);
      await status('active').waitFor({ timeout: 30_000 });
      await page.getByTestId('business-address-paid-until').waitFor();
    });
    expect(addressReads).toBeLessThanOrEqual(3);
  });
});

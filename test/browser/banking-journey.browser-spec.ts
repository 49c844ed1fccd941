import type { Browser } from 'playwright-core';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signIn, step } from './steps.js';
import { companyReadyForBankForTest, SANDBOX_BANK } from '../support/banking.js';
import { jobsSettled } from '../support/payments.js';
import { startServer, type RunningServer } from '../support/running-server.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082',
  'hex',
);

/** The bank-account page in Chromium: choose, read the package, consent, apply, see the IBAN. */
describe('bank account page (browser)', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ BANKING_SANDBOX_DECISION_DELAY_SECONDS: '1', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await jobsSettled(server);
    await server?.close();
  });

  it('applies with consent and shows the opened account', async () => {
    const rep = await companyReadyForBankForTest(server, { legalName: 'Browser Bakery SAS' });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await signIn(page, server, rep.email, 'Ruhrpott-Kumpel-2026!');
    await step(page, 'bank-open', async () => {
      await page.goto(`${server.baseUrl}/company/${rep.companyId}/bank-account`);
      await page.getByTestId('bank-kyc-package').waitFor();
    });
    await keepScreenshot(page, '/tmp/bank-1-apply.png');
    await step(page, 'bank-no-consent', async () => {
      await page.getByTestId(`bank-option-${SANDBOX_BANK}`).check();
      await page.getByTestId('bank-apply').click();
      await page.locator('.kern-error').first().waitFor();
    });
    await step(page, 'bank-apply', async () => {
      await page.getByTestId('bank-consent').check();
      await page.getByTestId('bank-apply').click();
      await page.locator('[data-testid="bank-status"][data-status="opened"]').waitFor({ timeout: 30_000 });
    });
    const iban = await page.getByTestId('bank-iban').textContent();
    expect(iban).toMatch(/^DE\d{2} 4309 9001 \d{4} \d{4} \d{2}$/);
    await page.getByTestId('bank-confirmation').waitFor();
    await keepScreenshot(page, '/tmp/bank-2-opened.png');
    expect(errors).toEqual([]);
  });

  it('answers the bank’s request for documents with a file', async () => {
    const rep = await companyReadyForBankForTest(server, { legalName: 'Documents Browser GmbH' });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await signIn(page, server, rep.email, 'Ruhrpott-Kumpel-2026!');
    await step(page, 'docs-apply', async () => {
      await page.goto(`${server.baseUrl}/company/${rep.companyId}/bank-account`);
      await page.getByTestId('bank-kyc-package').waitFor();
      await page.getByTestId(`bank-option-${SANDBOX_BANK}`).check();
      await page.getByTestId('bank-consent').check();
      await page.getByTestId('bank-apply').click();
      await page.getByTestId('bank-document-answer').waitFor({ timeout: 30_000 });
    });
    await step(page, 'docs-answer', async () => {
      await page.getByTestId('bank-document-file').setInputFiles({ name: 'invoice.png', mimeType: 'image/png', buffer: PNG });
      await page.getByTestId('bank-document-attached').waitFor();
      await page.locator('textarea[name="message"]').fill('Our first invoice is attached.');
      await keepScreenshot(page, '/tmp/bank-3-documents.png');
      await page.getByTestId('bank-document-answer').getByTestId('submit').click();
      await page.locator('[data-testid="bank-status"][data-status="opened"]').waitFor({ timeout: 30_000 });
    });
    await keepScreenshot(page, '/tmp/bank-4-opened-de.png');
    expect(errors).toEqual([]);
  });
});

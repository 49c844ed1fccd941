/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { pdfText } from '../support/pdf-text.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signUpAndIn } from './steps.js';

const PASSWORD = 'Kemnader-See-Ruderboot-2026';

describe('paying a fee in the browser (sandbox)', () => {
  let server: RunningServer;
  let browser: Browser;
  const payments = readCatalogues().de.payments as any;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Clicks "open receipt" and returns the PDF as the page fetched it, with the page's own session. */
  async function receiptOpenedFrom(page: Page): Promise<Buffer> {
    let resolveBody: (body: Buffer) => void;
    const body = new Promise<Buffer>((resolve) => (resolveBody = resolve));
    await page.route(/\/api\/payments\/[^/]+\/receipt\.pdf$/, async (route) => {
      const response = await route.fetch();
      expect(route.request().headers().authorization).toMatch(/^Bearer ey/);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      resolveBody(await response.body());
      await route.fulfill({ response });
    });
    await page.getByTestId('open-receipt').first().click();
    const pdf = await body;
    await page.unrouteAll({ behavior: 'wait' });
    return pdf;
  }

  it('says unpaid after a canceled payment, pays through the sandbox, and opens the receipt', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const page = await context.newPage();
    context.on('page', (popup) => void popup.close()); // the receipt's tab
    const shot = (step: string) => keepScreenshot(page, `payment-de-${step}.png`);
    await signUpAndIn(page, server, `payer.${Date.now()}@example.org`, PASSWORD, 'de');

    const payStep = page.getByTestId('pay-step');
    await payStep.waitFor();
    expect(await page.getByTestId('pay-step-state').getAttribute('data-paid')).toBe('false');
    expect(await page.getByTestId('pay-step-state').textContent()).toBe(payments.payStep.unpaid);
    expect(await page.getByTestId('pay').textContent()).toBe('15,00\u00a0€ bezahlen');
    await shot('1-account');

    await page.getByTestId('pay').click();
    await page.waitForURL('**/sandbox/checkout/cs_sandbox_*');
    await page.getByTestId('sandbox-banner').waitFor();
    expect(await page.getByTestId('sandbox-banner').textContent()).toBe('TESTZAHLUNG – es wird nichts belastet');
    expect(await page.getByTestId('sandbox-amount').textContent()).toBe('15,00\u00a0€');
    await shot('2-sandbox-checkout');

    await page.getByTestId('sandbox-cancel').click();
    await page.waitForURL('**/account?payment=*&result=canceled');
    await page.getByTestId('payment-canceled').waitFor();
    expect(await page.getByTestId('payment-canceled').textContent()).toContain(payments.payStep.canceledTitle);
    expect(await page.getByTestId('payment-canceled').textContent()).toContain(payments.status.canceled.message);
    expect(await page.getByTestId('pay-step-state').getAttribute('data-paid')).toBe('false');
    await shot('3-canceled-unpaid');

    await page.getByTestId('pay').click();
    await page.waitForURL('**/sandbox/checkout/cs_sandbox_*');
    await page.getByTestId('sandbox-pay').click();
    await page.waitForURL('**/account?payment=*&result=success');
    await page.getByTestId('payment-paid').waitFor();
    expect(await page.getByTestId('payment-paid').textContent()).toContain('15,00\u00a0€');
    expect(await page.getByTestId('pay-step-state').getAttribute('data-paid')).toBe('true');
    await shot('4-paid');

    const receipt = await receiptOpenedFrom(page);
    expect(receipt.subarray(0, 5).toString()).toBe('%PDF-');
    // pdf.js reads the no-break space of the amount as a space.
    expect(await pdfText(receipt)).toContain('15,00 €');
    expect(await pdfText(receipt)).toContain('Zahlungsbeleg');

    await page.getByTestId('receipts-link').click();
    await page.waitForURL('**/account/receipts');
    await page.getByTestId('receipts').waitFor();
    const rows = page.getByTestId('receipt-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).getByTestId('payment-status').getAttribute('data-status')).toBe('succeeded');
    expect(await rows.nth(1).getByTestId('payment-status').getAttribute('data-status')).toBe('canceled');
    expect(await rows.nth(1).getByTestId('open-receipt').count()).toBe(0);
    await shot('5-receipts');
    expect(await pdfText(await receiptOpenedFrom(page))).toContain('15,00 €');
    await context.close();
  });
});

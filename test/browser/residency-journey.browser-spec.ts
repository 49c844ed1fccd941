/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { SAMPLE_PDF } from '../support/residency.js';
import { publishedVerifier } from '../support/cards.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { decodeQr, registerVerified, signIn, step } from './steps.js';

const PASSWORD = 'Bermuda3eck-Bochum-Kortum-7';

/**
 * The way to virtual residency in the browser: register → apply as a student with a PDF →
 * staff of the citizens' office approve it in the back office → the resident sees the approval
 * and the virtual address. In German and in English, on a phone-sized screen.
 */
describe.each(['de', 'en'])('residency journey in the browser (%s)', (language) => {
  let server: RunningServer;
  let browser: Browser;
  const catalogues = readCatalogues();
  const residency = catalogues[language].residency as any;
  const backoffice = catalogues[language].backoffice as any;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      locale: language === 'de' ? 'de-DE' : 'en-GB',
    });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('language-switcher').selectOption(language);
    await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
    return page;
  }

  it('applies as a student with a PDF, is approved by staff, and sees the virtual address', async () => {
    const email = `resident.${language}.${Date.now()}@example.org`;
    const page = await newPage();
    const shot = (step: string) => keepScreenshot(page, `residency-${language}-${step}.png`);
    await registerVerified(server, email, PASSWORD, language);
    await signIn(page, server, email, PASSWORD);

    await page.getByTestId('residency-link').click();
    await page.waitForURL('**/residency');
    await page.getByTestId('start-application').click();
    await page.waitForURL('**/residency/apply');
    expect(await page.getByTestId('step-indicator').textContent()).toContain(residency.apply.steps['1']);
    await page.locator('input[name="category"][value="student"]').check();
    await page.locator('input[name="district"][value="bochum"]').check();
    await shot('1-category');
    await page.getByTestId('submit').click();

    await page.locator('input[name="givenName"]').fill('Erika');
    await page.locator('input[name="familyName"]').fill('Musterfrau');
    await page.locator('input[name="university"]').fill('Ruhr-Universität Bochum');
    const year = new Date().getFullYear();
    await page.locator('input[name="enrolmentFrom"]').fill(`${year - 1}-10-01`);
    await page.locator('input[name="enrolmentUntil"]').fill(`${year + 2}-09-30`);
    await shot('2-details');
    await page.getByTestId('submit').click();

    // Consent is required: the form says so instead of sending.
    await page.getByTestId('submit').click();
    await page.getByTestId('error').waitFor();
    expect(await page.getByTestId('apply-form').textContent()).toContain(residency.apply.consentRequired);
    await page.locator('input[name="consent"]').check();
    await page.getByTestId('submit').click();
    await page.waitForURL('**/residency/applications/*');

    await page.getByTestId('evidence-file').setInputFiles({ name: 'immatrikulation.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    await page.getByTestId('upload-evidence').click();
    await page.getByTestId('evidence-item').waitFor();
    expect(await page.getByTestId('evidence-item').textContent()).toContain('immatrikulation.pdf');
    // A file that only pretends to be a PDF is refused with a clear message.
    await page
      .getByTestId('evidence-file')
      .setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') });
    await page.getByTestId('upload-evidence').click();
    await page.getByTestId('error').waitFor();
    expect(await page.getByTestId('error').textContent()).toContain((catalogues[language].errors as any).residents.evidence_type);
    expect(await page.getByTestId('evidence-item').count()).toBe(1);
    await shot('3-uploaded');

    await page.getByTestId('submit-application').click();
    await page.locator('[data-testid="application-status"][data-status="submitted"]').waitFor();
    expect(await page.getByTestId('application-status').textContent()).toBe(residency.status.submitted);
    await shot('4-submitted');

    const staffEmail = `staff.${language}.${Date.now()}@example.org`;
    const staffPage = await newPage();
    await registerVerified(server, staffEmail, PASSWORD, language);
    await server.sql("UPDATE accounts SET roles = '{staff_citizens_office}' WHERE email = $1", [staffEmail]);
    await signIn(staffPage, server, staffEmail, PASSWORD);
    await staffPage.goto(`${server.baseUrl}/staff`);
    const row = staffPage.getByTestId('case-row').filter({ hasText: email });
    await row.waitFor();
    expect(await row.textContent()).toContain(residency.categories.student);
    await keepScreenshot(staffPage, `residency-${language}-5-staff-queue.png`);
    await row.getByTestId('case-link').click();
    await staffPage.waitForURL('**/staff/cases/*');
    await staffPage.getByTestId('case-applicant').waitFor();
    expect(await staffPage.getByTestId('case-applicant').textContent()).toBe(email);
    expect(await staffPage.getByTestId('evidence-item').textContent()).toContain('immatrikulation.pdf');
    await staffPage.getByTestId('claim-case').click();
    await staffPage.getByTestId('case-assignee').filter({ hasText: staffEmail }).waitFor();
    await staffPage.locator('input[name="outcome"][value="approve"]').check();
    await staffPage.getByTestId('submit').click();
    await staffPage.getByTestId('success').waitFor();
    expect(await staffPage.getByTestId('success').textContent()).toContain(backoffice.decide.done.approve);
    await staffPage.locator('[data-testid="timeline-event"][data-type="approved"]').waitFor();
    await keepScreenshot(staffPage, `residency-${language}-6-staff-decided.png`);

    await page.reload();
    await page.getByTestId('decision-approved').waitFor();
    expect(await page.getByTestId('application-status').textContent()).toBe(residency.status.approved);
    await page.goto(`${server.baseUrl}/residency`);
    await page.getByTestId('address-lines').waitFor();
    const lines = await page.getByTestId('address-lines').innerText();
    expect(lines).toContain('Erika Musterfrau');
    expect(lines).toContain('c/o Stadt Bochum, Bürgerbüro Mitte');
    expect(lines).toMatch(/Fach BO-\d{5}/);
    expect(lines).toContain('44777 Bochum');
    await shot('7-approved-address');

    await page.locator('input[name="mailHandling"][value="scan"]').check();
    await page.getByTestId('mail-handling-form').getByTestId('submit').click();
    await page.getByTestId('success').waitFor();
    expect(await page.getByTestId('success').textContent()).toContain(residency.mailHandling.saved);

    // The card: pay the fee in the sandbox, activate it on this device, show the live QR.
    await page.goto(`${server.baseUrl}/card`);
    await step(page, `residency-${language}-card-fee`, async () => {
      await page.getByTestId('request-card-form').getByTestId('submit').click();
      await page.getByTestId('pay').click();
      await page.waitForURL('**/sandbox/checkout/*');
      await page.getByTestId('sandbox-pay').click();
      await page.waitForURL('**/card?payment=*');
      await page.getByTestId('activate-card').click({ timeout: 30_000 });
    });
    const qr = page.getByTestId('card-qr');
    await qr.waitFor();
    await shot('8-card-qr');
    const code = decodeQr(await qr.screenshot());
    expect((await (await publishedVerifier(server)).verify(code)).valid).toBe(true);
    expect((await (await publishedVerifier(server)).verify(code, { now: Date.now() + 120_000 })).reason).toBe('STALE_PRESENTATION');

    // Staff revoke the card in the staff area; with the refreshed status list the code is REVOKED.
    await staffPage.goto(`${server.baseUrl}/staff`);
    await staffPage
      .getByTestId('staff-card-lookup')
      .locator('input[name="cardNumber"]')
      .fill(await page.getByTestId('card-number').innerText());
    await staffPage.getByTestId('staff-card-lookup').getByTestId('submit').click();
    await staffPage.getByTestId('staff-card-lookup').locator('input[name="reason"]').fill('Journey test: revoked by staff');
    staffPage.once('dialog', (dialog) => void dialog.accept());
    await staffPage.getByTestId('revoke-card').click();
    await staffPage
      .locator('[data-testid="staff-card-lookup"] [data-testid="card-status"]')
      .filter({ hasText: (catalogues[language].cards as any).ui.status.revoked })
      .waitFor();
    await keepScreenshot(staffPage, `residency-${language}-9-card-revoked.png`);
    expect((await (await publishedVerifier(server)).verify(code)).reason).toBe('REVOKED');

    await page.context().close();
    await staffPage.context().close();
  });
});

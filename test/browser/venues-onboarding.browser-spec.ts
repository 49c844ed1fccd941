/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { residentWithPhone } from '../support/venues.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signIn, signUpAndIn } from './steps.js';

async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

describe('venue onboarding in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ FEE_CITIZEN_CARD_CENTS: '0', STATUS_LIST_CACHE_SECONDS: '0' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a venue applies, staff approve, the operator creates an API key and verifies a card with it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const page = await context.newPage();
    const shot = (step: string) => keepScreenshot(page, `venue-onboarding-${step}.png`);

    // Signed in, the landing page leads to the application.
    const email = `zoo.${Date.now()}@example.org`;
    await signUpAndIn(page, server, email, STRONG_PASSWORD, 'de');
    await page.goto(`${server.baseUrl}/`);
    await page.locator('a[href="/venue/apply"]').click();
    const form = page.getByTestId('venue-application-form');
    await form.waitFor();
    await expectNoSeriousViolations(page, 'application form');
    await form.locator('input[name="organisationName"]').fill('Tierpark Bochum');
    await form.locator('select[name="kind"]').selectOption('zoo');
    await form.locator('input[name="address"]').fill('Klinikstraße 49, 44791 Bochum');
    await form.locator('input[name="contactName"]').fill('Erika Mustermann');
    await form.locator('input[name="contactEmail"]').fill('kasse@tierpark.example.org');
    await form.locator('input[name="contactPhone"]').fill('call us');
    await form.locator('input[name="offer-0-titleDe"]').fill('Ermäßigter Eintritt');
    await form.getByTestId('submit').click();
    // A user mistake is shown next to its field, in German.
    await page.getByText('Bitte geben Sie eine Telefonnummer aus Ziffern an').first().waitFor();
    await form.locator('input[name="contactPhone"]').fill('+49 234 950290');
    await form.getByTestId('submit').click();
    await page.getByTestId('venue-application-status').waitFor();
    await shot('1-submitted');
    await expectNoSeriousViolations(page, 'application status');

    // The citizens' office finds the case in the queue and approves it.
    const staff = await accountWithRoles(server, ['staff_citizens_office'], 'de');
    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const staffPage = await staffContext.newPage();
    await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
    const [{ id: caseId }] = await server.sql<{ id: string }>(
      `SELECT c.id FROM backoffice_cases c JOIN venue_applications a ON a.id = c.subject_id WHERE a.organisation_name = 'Tierpark Bochum'`,
    );
    await staffPage.goto(`${server.baseUrl}/staff/cases/${caseId}`);
    await staffPage.getByTestId('case-venue-application').waitFor();
    await expectNoSeriousViolations(staffPage, 'case page');
    await staffPage.locator('input[type="radio"][value="approve"]').check();
    await staffPage.getByTestId('case-page').getByTestId('submit').click();
    await staffPage.getByTestId('success').waitFor();
    await staffPage.goto(`${server.baseUrl}/staff/venues`);
    await staffPage.getByTestId('staff-venue').filter({ hasText: 'Tierpark Bochum' }).waitFor();
    await expectNoSeriousViolations(staffPage, 'staff venues');
    await staffContext.close();

    // The applicant opens the venue and creates an API key.
    await page.reload();
    await page.getByTestId('open-venue').click();
    await page.getByTestId('venue-page').waitFor();
    await expectNoSeriousViolations(page, 'venue page');
    await page.locator('input[name="keyName"]').fill('Kasse Eingang');
    await page.getByTestId('create-api-key-form').getByTestId('submit').click();
    const key = (await page.getByTestId('api-key-value').textContent())!.trim();
    await shot('2-key');

    // The till verifies a resident's card through the partner API with that key.
    const resident = await residentWithPhone(server, ['student']);
    const offers = await request(server.http).get('/api/partner/v1/offers').set('authorization', `Bearer ${key}`);
    expect(offers.status).toBe(200);
    const offerId = offers.body.offers[0].id;
    const verified = await request(server.http)
      .post('/api/partner/v1/verifications')
      .set('authorization', `Bearer ${key}`)
      .send({ code: await resident.present(), offerId });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ valid: true, eligible: true });
    await context.close();
  });
});

import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signIn, step } from './steps.js';
import { STRONG_PASSWORD, accountWithRoles, signedInAccount, uniqueEmail } from '../support/accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from '../support/companies.js';
import { verifyIdentityForTest } from '../support/identity-verification.js';
import { jobsSettled } from '../support/payments.js';
import { pdfText } from '../support/pdf-text.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import {
  payTradeRegistrationForTest,
  registerTradeRegistrationForTest,
  submitTradeRegistrationForTest,
} from '../support/trade-registration.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A German-speaking founder whose representative office is registered (its trade registration decided by the office). */
async function founderWithActiveOffice(server: RunningServer, legalName: string) {
  const email = uniqueEmail('grow');
  const person = await signedInAccount(server, email, STRONG_PASSWORD, 'de');
  await verifyIdentityForTest(server, (person.account as { id: string }).id, 'high');
  const { companyId } = await createCompanyForTest(server, person.token, { legalName });
  const { establishmentId } = await createEstablishmentForTest(server, person.token, companyId);
  const { tradeRegistrationId } = await submitTradeRegistrationForTest(server, person.token, companyId, establishmentId);
  await payTradeRegistrationForTest(server, person.token, tradeRegistrationId);
  const staff = await accountWithRoles(server, ['staff_economic_development']);
  await registerTradeRegistrationForTest(server, staff.token, tradeRegistrationId);
  return { email, companyId };
}

async function downloaded(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFile((await download.path())!);
}

/** Growing in Chromium, in German: representative office → branch (up to the hand-over and its trade registration) and a GmbH. */
describe('growing: branch and subsidiary (browser)', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await jobsSettled(server);
    await server?.close();
  });

  it('upgrades a registered representative office to a branch up to the prefilled hand-over and the new trade registration', async () => {
    const founder = await founderWithActiveOffice(server, 'Pâtisserie Lefèvre SARL');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await signIn(page, server, founder.email, STRONG_PASSWORD);

    await step(page, 'growth-journey', async () => {
      await page.goto(`${server.baseUrl}/company/${founder.companyId}`);
      await page.getByTestId('growth-phase').waitFor();
      expect(await page.getByTestId('growth-phase').textContent()).toContain('Nächste Phase: Wachsen');
      await page.getByTestId('growth-phase-link').click();
      await page.getByRole('heading', { level: 1, name: 'Wachsen: Zweigniederlassung und Tochtergesellschaft' }).waitFor();
    });
    await step(page, 'growth-start-branch', async () => {
      await page.getByTestId('growth-start-branch').click();
      await page.locator('[data-testid="growth-stage-branch"][data-stage="preparing"]').waitFor();
      expect(await page.getByTestId('growth-branch-address').textContent()).toMatch(/Bochum/);
    });
    await step(page, 'growth-checklist', async () => {
      for (const item of ['parent_existence_proof', 'permanent_representatives', 'certified_translations']) {
        await page
          .getByLabel('Datei hochladen (PDF, JPEG oder PNG)')
          .nth(['parent_existence_proof', 'permanent_representatives', 'certified_translations'].indexOf(item))
          .setInputFiles({
            name: `${item}.pdf`,
            mimeType: 'application/pdf',
            buffer: PDF,
          });
        await page.locator(`[data-testid="growth-item-${item}"][data-uploaded="true"]`).waitFor();
      }
      expect(await page.getByTestId('growth-item-apostille').textContent()).toContain('nicht nötig (EU/EWR)');
    });
    await keepScreenshot(page, '/tmp/growth-1-branch-checklist.png');
    await step(page, 'growth-hand-over', async () => {
      await page.getByTestId('growth-hand-over-branch').click();
      await page.getByTestId('growth-handed-over-branch').waitFor();
      await page.locator('[data-testid="growth-stage-branch"][data-stage="handed_over_to_notary"]').waitFor();
    });
    await step(page, 'growth-packages', async () => {
      const json = JSON.parse((await downloaded(page, 'growth-package-notary-json')).toString('utf8'));
      expect(json.data.branch.name).toBe('Pâtisserie Lefèvre SARL Zweigniederlassung Bochum');
      expect(json.data.documents).toHaveLength(3);
      const text = await pdfText(await downloaded(page, 'growth-package-notary-pdf'));
      expect(text).toContain('Daten für die Handelsregisteranmeldung');
      expect(text).toContain('Pâtisserie Lefèvre SARL');
    });
    await step(page, 'growth-branch-trade', async () => {
      await page.getByTestId('growth-branch-trade').click();
      await page.waitForURL(/\/trade-registration\?establishment=/);
      const kind = page.locator('input[name="establishmentKind"][value="zweigniederlassung"]');
      await kind.waitFor();
      expect(await kind.isChecked()).toBe(true);
    });
    await keepScreenshot(page, '/tmp/growth-2-branch-trade.png');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts a GmbH and gets the prefilled packages', async () => {
    const founder = await founderWithActiveOffice(server, 'Studio Rossi SRL');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await signIn(page, server, founder.email, STRONG_PASSWORD);
    await step(page, 'gmbh-form', async () => {
      await page.goto(`${server.baseUrl}/company/${founder.companyId}/growth`);
      const form = page.getByTestId('growth-subsidiary-form');
      await form.waitFor();
      await form.getByLabel('Firma der Gesellschaft').fill('Rossi Bochum');
      await form.getByLabel('Name (1)').fill('Studio Rossi SRL');
      await form.getByLabel('Land (zwei Buchstaben)').fill('IT');
      await form.getByLabel('Erika Mustermann').check();
      await form.getByTestId('submit').click();
      await form.locator('.kern-error', { hasText: 'Der Name muss auf „GmbH“ enden.' }).waitFor();
      await form.getByLabel('Firma der Gesellschaft').fill('Rossi Bochum GmbH');
      await form.getByTestId('submit').click();
      await page.locator('[data-testid="growth-stage-subsidiary"][data-stage="preparing"]').waitFor();
    });
    await step(page, 'gmbh-packages', async () => {
      expect(await page.getByTestId('growth-notarisation').textContent()).toContain('Online möglich');
      const tax = await pdfText(await downloaded(page, 'growth-package-tax_questionnaire-pdf'));
      expect(tax).toContain('Fragebogen zur steuerlichen Erfassung');
      expect(tax).toContain('Rossi Bochum GmbH');
      const transparency = JSON.parse((await downloaded(page, 'growth-package-transparency_register-json')).toString('utf8'));
      expect(transparency.data.fictitiousBeneficialOwners[0].familyName).toBe('Mustermann');
      await page.getByTestId('growth-hand-over-subsidiary').click();
      await page.getByTestId('growth-handed-over-subsidiary').waitFor();
    });
    await keepScreenshot(page, '/tmp/growth-3-gmbh.png');
    expect(errors).toEqual([]);
    await context.close();
  });
});

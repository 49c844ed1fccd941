import { CertificateAuthority } from '../../src/pki/authority/certificate-authority.service.js';
import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { keepScreenshot } from './chromium.js';
import { DESKTOP, documentLanguage, languagesJourney, ui } from './languages.js';
import { registerAndVerify, signIn, step } from './steps.js';

/**
 * The platform in the languages of the people Bochum serves (issue 13), in three journey files
 * (languages-*.browser-spec.ts) that run side by side. Labels come from the catalogues (with German
 * as the fallback for a key not yet translated, as in the client), never hard-coded.
 * Here: the entrepreneur journey in French and Ukrainian.
 */

describe('languages in the browser: the entrepreneur journey', () => {
  const journey = languagesJourney({ BANKING_SANDBOX_DECISION_DELAY_SECONDS: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
  const pageWithLanguages = journey.pageWithLanguages;

  beforeAll(async () => {
    await journey.server.app.get(CertificateAuthority, { strict: false }).chainPems();
  });

  describe.each(['fr', 'uk'])('entrepreneur journey (%s)', (language) => {
    const t = ui(language);
    // One eID identity opens one account: each journey on this server proves another person.
    const eidIdentity = language === 'fr' ? 'camille' : 'erika';

    it('goes from a new account to an open bank account and a certificate, every step done', async () => {
      const page = await pageWithLanguages([language]);
      const shot = (name: string) => keepScreenshot(page, `languages-${language}-company-${name}.png`);
      const email = `founder.${language}.${Date.now()}@example.fr`;
      await registerAndVerify(page, journey.server, email, STRONG_PASSWORD, language);
      await signIn(page, journey.server, email, STRONG_PASSWORD);
      await documentLanguage(page, language);

      await step(page, `languages-${language}-identity`, async () => {
        await page.goto(`${journey.server.baseUrl}/company/new`);
        await page.locator('[data-testid="journey-step-account"][data-status="done"]').waitFor();
        await page.getByTestId('verify-identity').click();
        await page.getByTestId('eid-start').click();
        await page.getByTestId(`eid-identity-${eidIdentity}`).click();
        await page.getByTestId('eid-confirm').click();
        await page.waitForURL('**/company/new**');
        await page.getByTestId('company-form').waitFor();
        await documentLanguage(page, language);
      });
      expect(await page.getByTestId('journey-step-identity').getAttribute('data-status')).toBe('done');

      const companyId = await step(page, `languages-${language}-company`, async () => {
        await page.locator('[data-testid="company-legalName"]').fill('Durand Conseil');
        await page.locator('select[name="countryCode"]').selectOption('FR');
        await page.locator('select[name="legalFormChoice"]').selectOption('SAS');
        await page.locator('[data-testid="company-vatId"]').fill('FR40303265045');
        await page.locator('[data-testid="company-headOffice-street"]').fill('12 Rue de la République');
        await page.locator('[data-testid="company-headOffice-postcode"]').fill('69002');
        await page.locator('[data-testid="company-headOffice-city"]').fill('Lyon');
        await page.locator('[data-testid="company-mainActivity"]').fill('IT consulting for manufacturers');
        await page.getByTestId('submit').click();
        await page.getByTestId('journey-progress').waitFor();
        return /\/company\/([0-9a-f-]{36})/.exec(page.url())![1];
      });
      await shot('1-company');

      await step(page, `languages-${language}-establishment`, async () => {
        await page.getByTestId('journey-step-link-establishment').click();
        await page.getByTestId('establishment-form').waitFor();
        await page.getByTestId('submit').click();
        await page.getByTestId('business-address').waitFor();
      });

      await step(page, `languages-${language}-trade-registration`, async () => {
        await page.getByTestId('back-to-journey').click();
        await page.getByTestId('journey-step-link-trade_registration').click();
        const start = page.getByTestId('trade-start');
        await start.or(page.getByTestId('trade-registration-form')).waitFor();
        if (await start.isVisible()) await start.click();
        await page.getByTestId('trade-registration-form').waitFor();
        // The trade registration is a legal declaration: the German text is binding.
        expect(await page.getByTestId('german-binding-notice').textContent()).toContain(t('common', 'germanBinding.title'));
        await page.locator('input[name="establishmentKind"][value="unselbststaendige_zweigstelle"]').check();
        await page
          .locator('textarea[name="activityDescription"]')
          .fill('Development of custom software and IT consulting for manufacturing companies in the Ruhr area');
        await page.getByTestId('wz-search').pressSequentially('Softwareentw', { delay: 40 });
        await page.getByTestId('wz-option-62.01.9').click();
        await page.locator('input[name="startDate"]').fill(berlinDateInDays(7));
        await page.locator('input[name="businessScope"][value="full_time"]').check();
        await page.locator('[data-testid="trade-employeesFullTime"]').fill('2');
        await page.locator('[data-testid="trade-employeesPartTime"]').fill('0');
        await page.getByTestId('trade-save').click();
        await page.getByTestId('trade-review').waitFor();
        await shot('2-trade-review');
        await page.getByTestId('trade-submit').click();
        await page.getByTestId('trade-pay').waitFor();
        // Shown once on the page, not again inside the fee step.
        expect(await page.getByTestId('german-binding-notice').count()).toBe(1);
        await page.getByTestId('pay').click();
        await page.waitForURL('**/sandbox/checkout/*');
        await page.getByTestId('sandbox-pay').click();
        await page.waitForURL(`**/company/${companyId}/trade-registration**`);
        await page.getByTestId('trade-waiting').waitFor({ timeout: 30_000 });
      });

      await step(page, `languages-${language}-business-address`, async () => {
        await page.getByTestId('back-to-journey').click();
        await page.getByTestId('journey-step-link-business_address').click();
        await page.getByTestId('business-address-lines').waitFor();
        await page.locator('input[name="businessMailHandling"][value="scan"]').check();
        await page.getByTestId('business-mail-submit').locator('button').click();
        await page.locator('[data-testid="business-mail-service-status"][data-status="active"]').waitFor();
      });

      await step(page, `languages-${language}-bank`, async () => {
        await page.getByTestId('back-to-journey').click();
        await page.getByTestId('journey-step-link-bank_account').click();
        await page.getByTestId('bank-option-sparkasse-bochum-sandbox').check();
        await page.getByTestId('bank-consent').check();
        await page.getByTestId('bank-apply').click();
        await page.getByTestId('bank-status').waitFor();
      });

      const staff = await accountWithRoles(journey.server, ['staff_economic_development'], language);
      const staffPage = await pageWithLanguages([language], DESKTOP);
      await step(staffPage, `languages-${language}-staff`, async () => {
        await signIn(staffPage, journey.server, staff.email, STRONG_PASSWORD);
        await staffPage.goto(`${journey.server.baseUrl}/staff`);
        await documentLanguage(staffPage, language);
        await staffPage.getByTestId('case-row').filter({ hasText: email }).getByTestId('case-link').click();
        await staffPage.getByTestId('case-trade-registration').waitFor();
        await staffPage.getByTestId('claim-case').click();
        await staffPage.locator('input[name="outcome"][value="approve"]').check();
        await staffPage.getByTestId('submit').click();
        await staffPage.getByTestId('success').waitFor();
        await staffPage.getByTestId('case-trade-number').waitFor();
      });

      await step(page, `languages-${language}-bank-opened`, async () => {
        await page.locator('[data-testid="bank-status"][data-status="opened"]').waitFor({ timeout: 60_000 });
        expect((await page.getByTestId('bank-iban').textContent())!.replace(/\s/g, '')).toMatch(/^DE\d{20}$/);
      });

      await step(page, `languages-${language}-certificate`, async () => {
        await page.getByTestId('back-to-journey').click();
        await page.getByTestId('journey-step-link-signature_certificate').click();
        await page.getByTestId('certificate-request').click();
        await page.getByTestId('certificate-issued').waitFor({ timeout: 60_000 });
      });

      await step(page, `languages-${language}-done`, async () => {
        await page.getByTestId('back-to-journey').click();
        await page.getByTestId('journey-completed').waitFor({ timeout: 30_000 });
      });
      const states = await page
        .locator('[data-testid^="journey-step-"][data-status]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
      expect(states.length).toBeGreaterThanOrEqual(8);
      expect(states.every((status) => status === 'done')).toBe(true);
      expect(await page.getByTestId('journey-completed').textContent()).toBe(t('companies', 'journey.completed'));
      await documentLanguage(page, language);
      await shot('3-all-done');
    }, 420_000);
  });
});

function berlinDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

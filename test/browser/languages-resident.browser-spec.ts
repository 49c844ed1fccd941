import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { publishedVerifier } from '../support/cards.js';
import { SAMPLE_PDF } from '../support/residency.js';
import { venueWithOperator } from '../support/venues.js';
import { artifact, keepScreenshot } from './chromium.js';
import { DESKTOP, PHONE, documentLanguage, keepAndCheck, languagesJourney, ui } from './languages.js';
import { decodeQr, registerAndVerify, signIn, step } from './steps.js';

/**
 * The platform in the languages of the people Bochum serves (issue 13), in three journey files
 * (languages-*.browser-spec.ts) that run side by side. Labels come from the catalogues (with German
 * as the fallback for a key not yet translated, as in the client), never hard-coded.
 * Here: the resident journey in Arabic (right to left; its pages kept as screenshots at phone and
 * desktop size and checked with axe) and in Turkish.
 */

describe('languages in the browser: the resident journey', () => {
  const journey = languagesJourney({ JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
  const pageWithLanguages = journey.pageWithLanguages;

  describe.each(['ar', 'tr'])('resident journey (%s)', (language) => {
    const t = ui(language);
    const names: Record<string, [string, string]> = { ar: ['محمد', 'الأحمد'], tr: ['Ayşe', 'Yılmaz'] };

    it('registers, applies, is approved by staff, pays and shows the card', async () => {
      const page = await pageWithLanguages([language]);
      // The Arabic resident's pages are kept as artifacts always, the Turkish ones with BROWSER_SCREENSHOTS=1.
      const shot = async (name: string) => {
        const file = artifact(`languages-${language}-resident-${name}.png`);
        if (language === 'ar') await page.screenshot({ path: file, fullPage: true });
        else await keepScreenshot(page, file);
      };
      const rtl = language === 'ar';
      await page.goto(`${journey.server.baseUrl}/`);
      await documentLanguage(page, language);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(rtl ? 'rtl' : 'ltr');

      if (rtl) {
        await keepAndCheck(page, 'landing');
        // The layout really mirrors: the brand starts at the right edge, the switcher sits on the left.
        const brandText = await page.locator('.site-header__brand').evaluate((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          const box = range.getBoundingClientRect();
          return { left: box.left, right: box.right };
        });
        const switcher = await page.getByTestId('language-switcher').boundingBox();
        expect(brandText.right).toBeGreaterThan(PHONE.width - 40);
        expect(brandText.left).toBeGreaterThan(40);
        expect(switcher!.x).toBeLessThan(PHONE.width / 2);
        // A form with errors: registering with nothing filled in.
        await page.goto(`${journey.server.baseUrl}/register`);
        await page.getByTestId('submit').click();
        await page.locator('[aria-invalid="true"]').first().waitFor();
        expect(await page.locator('main').textContent()).toContain(t('common', 'validation.required'));
        await keepAndCheck(page, 'form-errors');
      }

      const email = `resident.${language}.${Date.now()}@example.org`;
      await registerAndVerify(page, journey.server, email, STRONG_PASSWORD, language);
      await signIn(page, journey.server, email, STRONG_PASSWORD);
      await documentLanguage(page, language);

      await step(page, `languages-${language}-apply`, async () => {
        await page.getByTestId('residency-link').click();
        await page.getByTestId('start-application').click();
        await page.waitForURL('**/residency/apply');
        expect(await page.getByTestId('step-indicator').textContent()).toContain(t('residency', 'apply.steps.1'));
        await page.locator('input[name="category"][value="student"]').check();
        await page.locator('input[name="district"][value="bochum"]').check();
        await page.getByTestId('submit').click();
        await page.locator('input[name="givenName"]').fill(names[language][0]);
        await page.locator('input[name="familyName"]').fill(names[language][1]);
        await page.locator('input[name="university"]').fill('Ruhr-Universität Bochum');
        const year = new Date().getFullYear();
        await page.locator('input[name="enrolmentFrom"]').fill(`${year - 1}-10-01`);
        await page.locator('input[name="enrolmentUntil"]').fill(`${year + 2}-09-30`);
        await page.getByTestId('submit').click();
        // The legal declaration: the German text is binding, and consent is required.
        await page.getByTestId('german-binding-notice').waitFor();
        expect(await page.getByTestId('german-binding-notice').textContent()).toContain(t('common', 'germanBinding.text'));
        await page.getByTestId('submit').click();
        await page.getByTestId('error').waitFor();
        expect(await page.getByTestId('apply-form').textContent()).toContain(t('residency', 'apply.consentRequired'));
        await shot('1-consent-required');
        await page.locator('input[name="consent"]').check();
        await page.getByTestId('submit').click();
        await page.waitForURL('**/residency/applications/*');
        await page.getByTestId('evidence-file').setInputFiles({ name: 'enrolment.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
        await page.getByTestId('upload-evidence').click();
        await page.getByTestId('evidence-item').waitFor();
        await page.getByTestId('submit-application').click();
        await page.locator('[data-testid="application-status"][data-status="submitted"]').waitFor();
        expect(await page.getByTestId('application-status').textContent()).toBe(t('residency', 'status.submitted'));
      });
      await shot('2-submitted');

      const staff = await accountWithRoles(journey.server, ['staff_citizens_office'], language);
      const staffPage = await pageWithLanguages([language], DESKTOP);
      await step(staffPage, `languages-${language}-staff`, async () => {
        await signIn(staffPage, journey.server, staff.email, STRONG_PASSWORD);
        await documentLanguage(staffPage, language);
        await staffPage.goto(`${journey.server.baseUrl}/staff`);
        const row = staffPage.getByTestId('case-row').filter({ hasText: email });
        await row.waitFor();
        expect(await row.textContent()).toContain(t('residency', 'categories.student'));
        if (rtl) await keepAndCheck(staffPage, 'staff-queue');
        await row.getByTestId('case-link').click();
        await staffPage.getByTestId('case-applicant').waitFor();
        expect(await staffPage.getByTestId('case-applicant').textContent()).toBe(email);
        await staffPage.getByTestId('claim-case').click();
        await staffPage.getByTestId('case-assignee').filter({ hasText: staff.email }).waitFor();
        await staffPage.locator('input[name="outcome"][value="approve"]').check();
        await staffPage.getByTestId('submit').click();
        await staffPage.getByTestId('success').waitFor();
        expect(await staffPage.getByTestId('success').textContent()).toContain(t('backoffice', 'decide.done.approve'));
      });

      await step(page, `languages-${language}-decision`, async () => {
        await page.reload();
        await page.getByTestId('decision-approved').waitFor();
        expect(await page.getByTestId('application-status').textContent()).toBe(t('residency', 'status.approved'));
        // A decision: the notice that the German text is binding is there.
        await page.getByTestId('german-binding-notice').waitFor();
        await page.goto(`${journey.server.baseUrl}/residency`);
        await page.getByTestId('address-lines').waitFor();
        const lines = await page.getByTestId('address-lines').innerText();
        expect(lines).toContain(`${names[language][0]} ${names[language][1]}`);
        expect(lines).toMatch(/Fach BO-\d{5}/);
        // The German postal address stays left to right inside the right-to-left page.
        expect(await page.getByTestId('address-lines').getAttribute('dir')).toBe('ltr');
      });
      await shot('3-address');

      await step(page, `languages-${language}-card`, async () => {
        await page.goto(`${journey.server.baseUrl}/card`);
        await page.getByTestId('request-card-form').getByTestId('submit').click();
        await page.getByTestId('pay-step').waitFor();
        // A fee: the German text is binding.
        await page.getByTestId('pay-step').getByTestId('german-binding-notice').waitFor();
        await page.getByTestId('pay').click();
        await page.waitForURL('**/sandbox/checkout/*');
        await documentLanguage(page, language);
        await page.getByTestId('sandbox-pay').click();
        await page.waitForURL('**/card?payment=*');
        await page.getByTestId('activate-card').click({ timeout: 30_000 });
        await page.getByTestId('card-qr').waitFor();
      });
      expect(await page.getByTestId('card-face').textContent()).toContain(names[language][0]);
      expect(await page.getByTestId('card-number').getAttribute('dir')).toBe('ltr');
      const code = decodeQr(await page.getByTestId('card-qr').screenshot());
      expect((await (await publishedVerifier(journey.server)).verify(code)).valid).toBe(true);
      if (rtl) await keepAndCheck(page, 'card');
      await shot('4-card');

      // Offline (at the till), the app still opens in the person's language: the service worker keeps its chunk.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.context().setOffline(true);
      await page.reload();
      await page.getByTestId('card-qr').waitFor();
      await documentLanguage(page, language);
      expect(await page.getByTestId('live-card-code').textContent()).toContain(t('cards', 'ui.live.hint'));
      await page.context().setOffline(false);

      // Offers written by a venue in German (and English): shown in German, marked as German, not silently.
      await venueWithOperator(journey.server, staff.token, [{ categories: ['student'], discountPercent: 40 }]);
      await page.goto(`${journey.server.baseUrl}/offers`);
      const offer = page.getByTestId('eligible-offer').first();
      await offer.waitFor();
      const fallback = offer.locator('[data-testid="content-fallback"][data-language="de"]').first();
      await fallback.waitFor();
      expect(await fallback.locator('[lang="de"]').first().textContent()).toBe('Ermäßigter Eintritt');
      const germanName = new Intl.DisplayNames([language], { type: 'language' }).of('de')!;
      expect(await fallback.locator('.content-language-badge').textContent()).toContain(germanName);
      await shot('5-offers');
    }, 420_000);
  });
});

/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LANGUAGES } from '../../packages/shared/src/index.js';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { CertificateAuthority } from '../../src/pki/authority/certificate-authority.service.js';
import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { publishedVerifier } from '../support/cards.js';
import { SAMPLE_PDF } from '../support/residency.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { venueWithOperator } from '../support/venues.js';
import { artifact, keepScreenshot, launchChromium } from './chromium.js';
import { decodeQr, registerAndVerify, signIn, step } from './steps.js';

/**
 * The platform in the languages of the people Bochum serves (issue 13): the browser's languages
 * decide for a visitor, `?lng=` for a link, the account for a signed-in person; Arabic is right to
 * left; the resident journey in Arabic and Turkish, the entrepreneur journey in French and
 * Ukrainian. Labels come from the catalogues (with German as the fallback for a key not yet
 * translated, as in the client), never hard-coded. Arabic pages are kept as screenshots at phone and
 * desktop size and checked with axe.
 */

const catalogues = readCatalogues();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

function lookup(tree: unknown, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as any)[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
}

/** A text of the UI in a language as the client shows it: the language's catalogue, else German. */
function ui(language: string) {
  return (namespace: string, key: string): string => {
    const text = lookup(catalogues[language]?.[namespace], key) ?? lookup(catalogues.de[namespace], key);
    if (text === undefined) throw new Error(`no text ${namespace}:${key}`);
    return text;
  };
}

/** How Chromium sends a list of languages (the second and later with q-values). */
function acceptLanguageHeader(tags: string[]): string {
  return tags.map((tag, index) => (index === 0 ? tag : `${tag};q=${(1 - index / 10).toFixed(1)}`)).join(',');
}

describe('languages in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ BANKING_SANDBOX_DECISION_DELAY_SECONDS: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    browser = await launchChromium();
    await server.app.get(CertificateAuthority, { strict: false }).chainPems();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  /**
   * A page of a browser set to `tags` (as in its language settings): navigator.languages and the
   * Accept-Language header both say them, as in a real browser (Playwright's `locale` gives one tag).
   */
  async function pageWithLanguages(tags: string[], viewport = PHONE): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: tags[0], acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: tags.join(',') });
    return page;
  }

  async function documentLanguage(page: Page, language: string): Promise<void> {
    await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
  }

  /** The screenshot at phone and desktop size, and no serious or critical axe violation at either. */
  async function keepAndCheck(page: Page, name: string): Promise<void> {
    const before = page.viewportSize() ?? PHONE;
    for (const [size, viewport] of [
      ['390x844', PHONE],
      ['1280x800', DESKTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: artifact(`languages-ar-${name}-${size}.png`), fullPage: true });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${name} ${size}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      expect(serious).toEqual([]);
    }
    await page.setViewportSize(before);
  }

  it('negotiates the browser languages: fr-FR → French, tr → Turkish, zh-CN → Chinese, pt-BR → German; ?lng=ar is Arabic, right to left', async () => {
    const cases: Array<[string[], string]> = [
      [['fr-FR', 'fr'], 'fr'],
      [['tr'], 'tr'],
      [['zh-CN', 'zh'], 'zh'],
      [['pt-BR', 'pt'], 'de'],
    ];
    for (const [tags, expected] of cases) {
      const page = await pageWithLanguages(tags);
      const documentRequest = page.waitForRequest((request) => request.url() === `${server.baseUrl}/`);
      const apiRequest = page.waitForRequest((request) => request.url().endsWith('/graphql'));
      await page.goto(`${server.baseUrl}/`);
      expect((await documentRequest).headers()['accept-language']).toBe(acceptLanguageHeader(tags));
      await documentLanguage(page, expected);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
      expect(await page.getByTestId('language-switcher').inputValue()).toBe(expected);
      await page.getByRole('link', { name: ui(expected)('common', 'nav.login'), exact: true }).waitFor();
      // The API is asked in the UI's language, not the browser's raw list.
      expect((await apiRequest).headers()['accept-language']).toBe(expected);
      await page.context().close();
    }

    // A French browser: a wrong password is refused in French, by the server.
    const french = await pageWithLanguages(['fr-FR', 'fr']);
    await french.goto(`${server.baseUrl}/login`);
    await documentLanguage(french, 'fr');
    await french.locator('input[name="email"]').fill(`nobody.${Date.now()}@example.org`);
    await french.locator('input[name="password"]').fill('Falsches-Passwort-123');
    await french.getByTestId('submit').click();
    await french.getByTestId('error').waitFor();
    expect(await french.getByTestId('error').textContent()).toContain(ui('fr')('errors', 'identity.invalid_credentials'));

    // A link with ?lng=ar in a German browser: Arabic, right to left, and it lasts on the next page.
    const linked = await pageWithLanguages(['de-DE', 'de']);
    await linked.goto(`${server.baseUrl}/?lng=ar`);
    await documentLanguage(linked, 'ar');
    expect(await linked.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await linked.goto(`${server.baseUrl}/register`);
    await documentLanguage(linked, 'ar');
    expect(await linked.getByRole('heading', { level: 1 }).textContent()).toBe(ui('ar')('common', 'register.title'));

    // The switcher: every language in its own name and with its own lang attribute; switching waits for the language.
    const options = await linked
      .getByTestId('language-switcher')
      .locator('option')
      .evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('value'), node.textContent, node.getAttribute('lang')]));
    expect(options).toEqual(LANGUAGES.map((language) => [language.code, language.nativeName, language.code]));
    await linked.getByTestId('language-switcher').selectOption('uk');
    await documentLanguage(linked, 'uk');
    expect(await linked.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await linked.getByRole('heading', { level: 1 }).textContent()).toBe(ui('uk')('common', 'register.title'));
  });

  it('signed in, the account language wins over the browser, and the switcher saves it to the account', async () => {
    const page = await pageWithLanguages(['fr-FR', 'fr']);
    const email = `preference.${Date.now()}@example.org`;
    await registerAndVerify(page, server, email, STRONG_PASSWORD, 'tr');
    await signIn(page, server, email, STRONG_PASSWORD);
    await documentLanguage(page, 'tr');
    await page.getByRole('heading', { level: 1, name: ui('tr')('common', 'account.title') }).waitFor();

    await page.getByTestId('language-switcher').selectOption('ar');
    await documentLanguage(page, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(
      await eventually(
        async () => (await server.sql<{ lng: string }>('SELECT preferred_language AS lng FROM accounts WHERE email = $1', [email]))[0].lng,
        'ar',
      ),
    ).toBe('ar');
    // The account page's own language form follows.
    expect(await page.locator('select[name="preferredLanguage"]').inputValue()).toBe('ar');

    // On another device (an English browser) the account's language comes with the sign-in.
    const other = await pageWithLanguages(['en-GB', 'en']);
    await other.goto(`${server.baseUrl}/login`);
    await documentLanguage(other, 'en');
    await signIn(other, server, email, STRONG_PASSWORD);
    await documentLanguage(other, 'ar');
  });

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
      await page.goto(`${server.baseUrl}/`);
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
        await page.goto(`${server.baseUrl}/register`);
        await page.getByTestId('submit').click();
        await page.locator('[aria-invalid="true"]').first().waitFor();
        expect(await page.locator('main').textContent()).toContain(t('common', 'validation.required'));
        await keepAndCheck(page, 'form-errors');
      }

      const email = `resident.${language}.${Date.now()}@example.org`;
      await registerAndVerify(page, server, email, STRONG_PASSWORD, language);
      await signIn(page, server, email, STRONG_PASSWORD);
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

      const staff = await accountWithRoles(server, ['staff_citizens_office'], language);
      const staffPage = await pageWithLanguages([language], DESKTOP);
      await step(staffPage, `languages-${language}-staff`, async () => {
        await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
        await documentLanguage(staffPage, language);
        await staffPage.goto(`${server.baseUrl}/staff`);
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
        await page.goto(`${server.baseUrl}/residency`);
        await page.getByTestId('address-lines').waitFor();
        const lines = await page.getByTestId('address-lines').innerText();
        expect(lines).toContain(`${names[language][0]} ${names[language][1]}`);
        expect(lines).toMatch(/Fach BO-\d{5}/);
        // The German postal address stays left to right inside the right-to-left page.
        expect(await page.getByTestId('address-lines').getAttribute('dir')).toBe('ltr');
      });
      await shot('3-address');

      await step(page, `languages-${language}-card`, async () => {
        await page.goto(`${server.baseUrl}/card`);
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
      expect((await (await publishedVerifier(server)).verify(code)).valid).toBe(true);
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
      await venueWithOperator(server, staff.token, [{ categories: ['student'], discountPercent: 40 }]);
      await page.goto(`${server.baseUrl}/offers`);
      const offer = page.getByTestId('eligible-offer').first();
      await offer.waitFor();
      const fallback = offer.locator('[data-testid="content-fallback"][data-language="de"]').first();
      await fallback.waitFor();
      expect(await fallback.locator('[lang="de"]').first().textContent()).toBe('Ermäßigter Eintritt');
      const germanName = new Intl.DisplayNames([language], { type: 'language' }).of('de')!;
      expect(await fallback.locator('.content-language-badge').textContent()).toContain(germanName);
      await shot('5-offers');
    }, 240_000);
  });

  describe.each(['fr', 'uk'])('entrepreneur journey (%s)', (language) => {
    const t = ui(language);
    // One eID identity opens one account: each journey on this server proves another person.
    const eidIdentity = language === 'fr' ? 'camille' : 'erika';

    it('goes from a new account to an open bank account and a certificate, every step done', async () => {
      const page = await pageWithLanguages([language]);
      const shot = (name: string) => keepScreenshot(page, `languages-${language}-company-${name}.png`);
      const email = `founder.${language}.${Date.now()}@example.fr`;
      await registerAndVerify(page, server, email, STRONG_PASSWORD, language);
      await signIn(page, server, email, STRONG_PASSWORD);
      await documentLanguage(page, language);

      await step(page, `languages-${language}-identity`, async () => {
        await page.goto(`${server.baseUrl}/company/new`);
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

      const staff = await accountWithRoles(server, ['staff_economic_development'], language);
      const staffPage = await pageWithLanguages([language], DESKTOP);
      await step(staffPage, `languages-${language}-staff`, async () => {
        await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
        await staffPage.goto(`${server.baseUrl}/staff`);
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
    }, 240_000);
  });
});

/** Polls until `read` gives `expected` (or 10 s pass) and returns the last value. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const until = Date.now() + 10_000;
  let value = await read();
  while (value !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

function berlinDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

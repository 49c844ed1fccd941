/// <reference lib="dom" />
import forge from 'node-forge';
import type { Browser, Page } from 'playwright-core';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { CertificateAuthority } from '../../src/pki/authority/certificate-authority.service.js';
import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signIn, signUpAndIn, step } from './steps.js';

/**
 * A founder from outside the EU, in English: the Indian test identity (an eID for non-EU citizens,
 * level substantial) learns at the identity step that the signature certificate needs level high
 * and that identification in person gets them there; books it, a clerk at the service point
 * confirms it with the passport (chip and face checked by the sandbox terminal), and the founder
 * goes through every step of the journey up to the certificate, which names the in-person policy.
 */
describe('founder from outside the EU in the browser (en)', () => {
  let server: RunningServer;
  let browser: Browser;
  const texts = readCatalogues().en['identity-verification'] as any;

  beforeAll(async () => {
    server = await startServer({ BANKING_SANDBOX_DECISION_DELAY_SECONDS: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    browser = await launchChromium();
    await server.app.get(CertificateAuthority, { strict: false }).chainPems();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const staffPage = async (roles: string[]): Promise<Page> => {
    const staff = await accountWithRoles(server, roles, 'en');
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await signIn(page, server, staff.email, STRONG_PASSWORD);
    return page;
  };

  it('identifies in person at a service point and completes every step including the certificate', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    const shot = (name: string) => keepScreenshot(page, `non-eu-founder-${name}.png`);
    const email = `founder.in.${Date.now()}@example.in`;
    await signUpAndIn(page, server, email, STRONG_PASSWORD, 'en');

    await step(page, 'non-eu-identity-path', async () => {
      await page.goto(`${server.baseUrl}/company/new`);
      // Before any identification, the journey's start says which identification reaches the end.
      await page.getByTestId('identification-path').waitFor();
      expect(await page.getByTestId('identification-path-in_person').getAttribute('data-reaches')).toBe('yes');
      expect(await page.getByTestId('identification-path-video').getAttribute('data-reaches')).toBe('no');
      await page.getByTestId('verify-identity').click();
      await page.getByTestId('eid-start').click();
      await page.getByTestId('eid-identity-arjun').click();
      await page.getByTestId('eid-confirm').click();
      await page.waitForURL('**/company/new**');
      await page.getByTestId('company-form').waitFor();
    });
    expect(await page.getByTestId('journey-step-identity').getAttribute('data-status')).toBe('done');

    // Level substantial: enough for the company, not for the certificate; the identity page says so and offers the way.
    const bookingCode = await step(page, 'non-eu-book-in-person', async () => {
      await page.goto(`${server.baseUrl}/identity?returnTo=/company/new`);
      await page.locator('[data-testid="identity-level"][data-level="substantial"]').waitFor();
      const short = await page.getByTestId('identification-path-short').textContent();
      expect(short).toBe(texts.path.yourLevelShort.replace('{{level}}', texts.level.substantial).replace('{{required}}', texts.level.high));
      await page.locator('input[name="servicePointId"][value="sandbox-terminal-rathaus"]').check();
      await page.getByTestId('in-person-book').click();
      await page.getByTestId('in-person-code').waitFor();
      return (await page.getByTestId('in-person-code').textContent())!.trim();
    });
    expect(bookingCode).toMatch(/^BO-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await page.getByTestId('in-person-service-point').textContent()).toContain('Self-service terminal, Rathaus Bochum');
    await shot('1-booked');

    // At the terminal: a clerk of the citizens' office finds the booking and confirms with the passport.
    const clerk = await staffPage(['staff_citizens_office']);
    await step(clerk, 'non-eu-clerk-confirms', async () => {
      await clerk.goto(`${server.baseUrl}/staff`);
      await clerk.getByTestId('in-person-staff-code').fill(bookingCode);
      await clerk.getByTestId('in-person-staff-find').click();
      await clerk.getByTestId('in-person-staff-form').waitFor();
      await clerk.getByTestId('in-person-staff-givenName').fill('Arjun');
      await clerk.getByTestId('in-person-staff-familyName').fill('Sharma');
      await clerk.getByTestId('in-person-staff-birthDate').fill('1990-11-23');
      await clerk.getByTestId('in-person-staff-nationality').fill('IND');
      await clerk.getByTestId('in-person-staff-placeOfBirth').fill('Mumbai');
      await clerk.getByTestId('in-person-staff-documentNumber').fill('Z4455667');
      await clerk.locator('input[name="personPresent"]').check();
      await clerk.getByTestId('in-person-staff-confirm').click();
      await clerk.locator('[data-testid="in-person-staff-result"] [data-status="confirmed"]').waitFor();
    });
    await keepScreenshot(clerk, 'non-eu-founder-2-clerk.png');

    await step(page, 'non-eu-level-high', async () => {
      // The page polls while the booking is open.
      await page.locator('[data-testid="identity-level"][data-level="high"]').waitFor({ timeout: 30_000 });
      await page.getByTestId('in-person-confirmed').waitFor();
      await page.getByTestId('identity-continue').click();
      await page.getByTestId('company-form').waitFor();
    });

    const companyId = await step(page, 'non-eu-company', async () => {
      await page.locator('[data-testid="company-legalName"]').fill('Sharma Software Solutions');
      await page.locator('select[name="countryCode"]').selectOption('IN');
      await page.locator('select[name="legalFormChoice"] option[value="Pvt Ltd"]').waitFor({ state: 'attached' });
      await page.locator('select[name="legalFormChoice"]').selectOption('Pvt Ltd');
      await page.locator('[data-testid="company-vatId"]').fill('AAACB1234C');
      await page.locator('[data-testid="company-headOffice-street"]').fill('14 Marine Drive');
      await page.locator('[data-testid="company-headOffice-postcode"]').fill('400020');
      await page.locator('[data-testid="company-headOffice-city"]').fill('Mumbai');
      await page.locator('[data-testid="company-mainActivity"]').fill('Software development for logistics companies');
      await page.getByTestId('submit').click();
      await page.getByTestId('journey-progress').waitFor();
      return /\/company\/([0-9a-f-]{36})/.exec(page.url())![1];
    });
    expect(await page.getByTestId('journey-step-identity').textContent()).toContain(
      (readCatalogues().en.companies as any).journey.identityVerified_in_person,
    );

    await step(page, 'non-eu-establishment', async () => {
      await page.getByTestId('journey-step-link-establishment').click();
      await page.getByTestId('establishment-form').waitFor();
      await page.getByTestId('submit').click();
      await page.getByTestId('business-address').waitFor();
    });

    await step(page, 'non-eu-trade-registration', async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-step-link-trade_registration').click();
      const start = page.getByTestId('trade-start');
      await start.or(page.getByTestId('trade-registration-form')).waitFor();
      if (await start.isVisible()) await start.click();
      await page.getByTestId('trade-registration-form').waitFor();
      await page.locator('input[name="establishmentKind"][value="unselbststaendige_zweigstelle"]').check();
      await page
        .locator('textarea[name="activityDescription"]')
        .fill('Development of logistics software for freight forwarders in the Ruhr area and support for its users');
      await page.getByTestId('wz-search').pressSequentially('Softwareentw', { delay: 40 });
      await page.locator('[data-testid^="wz-option-62.01"]').first().click();
      await page.locator('input[name="startDate"]').fill(berlinDateInDays(7));
      await page.locator('input[name="businessScope"][value="full_time"]').check();
      await page.locator('[data-testid="trade-employeesFullTime"]').fill('1');
      await page.locator('[data-testid="trade-employeesPartTime"]').fill('0');
      await page.getByTestId('trade-save').click();
      await page.getByTestId('trade-review').waitFor();
      await page.getByTestId('trade-submit').click();
      await page.getByTestId('trade-pay').waitFor();
      await page.getByTestId('pay').click();
      await page.waitForURL('**/sandbox/checkout/*');
      await page.getByTestId('sandbox-pay').click();
      await page.waitForURL(`**/company/${companyId}/trade-registration**`);
      await page.getByTestId('trade-waiting').waitFor({ timeout: 30_000 });
    });

    await step(page, 'non-eu-business-address', async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-step-link-business_address').click();
      await page.getByTestId('business-address-lines').waitFor();
      await page.locator('input[name="businessMailHandling"][value="scan"]').check();
      await page.getByTestId('business-mail-submit').locator('button').click();
      await page.locator('[data-testid="business-mail-service-status"][data-status="active"]').waitFor();
    });

    await step(page, 'non-eu-bank', async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-step-link-bank_account').click();
      await page.getByTestId('bank-option-sparkasse-bochum-sandbox').check();
      await page.getByTestId('bank-consent').check();
      await page.getByTestId('bank-apply').click();
      await page.getByTestId('bank-status').waitFor();
    });

    const office = await staffPage(['staff_economic_development']);
    await step(office, 'non-eu-staff-registers-trade', async () => {
      await office.goto(`${server.baseUrl}/staff`);
      await office.getByTestId('case-row').filter({ hasText: email }).getByTestId('case-link').click();
      await office.getByTestId('case-trade-registration').waitFor();
      await office.getByTestId('claim-case').click();
      await office.locator('input[name="outcome"][value="approve"]').check();
      await office.getByTestId('submit').click();
      await office.getByTestId('success').waitFor();
    });

    await step(page, 'non-eu-bank-opened', async () => {
      await page.locator('[data-testid="bank-status"][data-status="opened"]').waitFor({ timeout: 60_000 });
    });

    await step(page, 'non-eu-certificate', async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-step-link-signature_certificate').click();
      await page.getByTestId('certificate-request').click();
      await page.getByTestId('certificate-issued').waitFor({ timeout: 60_000 });
    });
    await shot('3-certificate');

    await step(page, 'non-eu-done', async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-completed').waitFor({ timeout: 30_000 });
    });
    const states = await page
      .locator('[data-testid^="journey-step-"][data-status]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
    expect(states.length).toBeGreaterThanOrEqual(8);
    expect(states.every((status) => status === 'done')).toBe(true);
    await shot('4-all-done');

    // The certificate records how its holder was identified: the in-person policy OID.
    const [row] = await server.sql<{ pem: string }>('SELECT pem FROM pki_certificates WHERE company_id = $1', [companyId]);
    const certificate = forge.pki.certificateFromPem(row.pem);
    const policies = forge.asn1.fromDer((certificate.getExtension('certificatePolicies') as { value: string }).value)
      .value as forge.asn1.Asn1[];
    const oids = policies.map((policy) => forge.asn1.derToOid((policy.value as forge.asn1.Asn1[])[0].value as string));
    expect(oids).toEqual([server.config.pki.policyOids.in_person]);
    expect(certificate.subject.getField('CN').value).toBe('Arjun Sharma');
  }, 420_000);
});

function berlinDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

/// <reference lib="dom" />
import forge from 'node-forge';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { openssl, scratchFiles } from '../support/pki.js';
import { certificateApplicantForTest } from '../support/pki.js';
import { pdfBytes } from '../support/secure-messaging.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signIn, step } from './steps.js';

const PKCS12_PASSWORD = 'Zeche-Zollverein-1932';

async function sendMessage(page: Page, text: { subject?: string; body: string }, attachment?: string): Promise<void> {
  const form = page.getByTestId('compose-form');
  if (text.subject) await form.getByTestId('message-subject').fill(text.subject);
  await form.locator('textarea[name="body"]').fill(text.body);
  if (attachment) await form.getByTestId('message-attachments').setInputFiles(attachment);
  await form.getByTestId('submit').click();
}

describe('certificate step, signed mailbox and revocation in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes the CSR in the browser, saves the PKCS#12, sends a validly signed message, revokes, and OCSP says revoked', async () => {
    const applicant = await certificateApplicantForTest(server, { identity: { givenName: 'Erika', familyName: 'Mustermann' } });
    const office = await accountWithRoles(server, ['staff_economic_development']);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    const shot = (name: string) => keepScreenshot(page, `certificate-${name}.png`);
    await signIn(page, server, applicant.email, STRONG_PASSWORD);

    // The certificate step: key pair and CSR in the browser, the certificate from the city CA.
    await step(page, 'certificate-request', async () => {
      await page.goto(`${server.baseUrl}/company/${applicant.companyId}/certificate`);
      await page.getByTestId('certificate-request').click();
      await page.getByTestId('certificate-issued').waitFor({ timeout: 60_000 });
    });
    const [row] = await server.sql<{ serial_hex: string; pem: string }>(
      'SELECT serial_hex, pem FROM pki_certificates WHERE company_id = $1',
      [applicant.companyId],
    );
    expect(row).toBeDefined();
    await shot('1-issued');

    // The PKCS#12 download opens with the password and holds the key for the issued certificate.
    const p12Path = await step(page, 'pkcs12', async () => {
      await page.getByTestId('pkcs12-password').fill(PKCS12_PASSWORD);
      await page.getByTestId('pkcs12-password-repeat').fill(PKCS12_PASSWORD);
      const download = page.waitForEvent('download');
      await page.getByTestId('pkcs12-download').click();
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'bo-p12-')), 'certificate.p12');
      await (await download).saveAs(file);
      await page.getByTestId('pkcs12-saved').waitFor();
      return file;
    });
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(readFileSync(p12Path).toString('binary')), PKCS12_PASSWORD);
    const certificates = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag]!.map((bag) => bag.cert!);
    const keyBag = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]![0];
    const issued = certificates.find((certificate) => certificate.serialNumber.toLowerCase() === row.serial_hex.toLowerCase());
    expect(issued).toBeDefined();
    expect(certificates).toHaveLength(3);
    expect((keyBag.key as forge.pki.rsa.PrivateKey).n.equals((issued!.publicKey as forge.pki.rsa.PublicKey).n)).toBe(true);
    expect(() => forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(readFileSync(p12Path).toString('binary')), 'wrong password')).toThrow();
    await page.getByTestId('pkcs12-done').click();
    await page.locator(`[data-testid="certificate"][data-status="active"]`).waitFor();

    // A signed message with an attachment; the office sees it as validly signed.
    const attachment = path.join(mkdtempSync(path.join(tmpdir(), 'bo-att-')), 'Registerauszug.pdf');
    writeFileSync(attachment, pdfBytes('register extract'));
    await step(page, 'send-valid', async () => {
      await page.goto(`${server.baseUrl}/company/${applicant.companyId}/mailbox`);
      await page.getByTestId('signing-certificate').waitFor();
      await sendMessage(
        page,
        { subject: 'Question about our trade registration', body: 'Good morning,\nplease find our register extract attached.' },
        attachment,
      );
      await page.locator('[data-testid="message-verdict"][data-verdict="valid"]').waitFor({ timeout: 30_000 });
    });
    await shot('2-sent-valid');

    const officeContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const officePage = await officeContext.newPage();
    await signIn(officePage, server, office.email, STRONG_PASSWORD);
    await step(officePage, 'office-sees-valid', async () => {
      await officePage.goto(`${server.baseUrl}/staff`);
      await officePage.getByTestId('staff-thread').first().locator('a').click();
      await officePage.getByTestId('secure-message').first().waitFor();
      expect(await officePage.getByTestId('message-verdict').first().getAttribute('data-verdict')).toBe('valid');
      expect(await officePage.getByTestId('message-signer').first().textContent()).toContain('Mustermann');
    });
    await keepScreenshot(officePage, 'certificate-3-office-valid.png');

    // The holder revokes the certificate; a message signed with it afterwards is shown as revoked.
    await step(page, 'revoke', async () => {
      await page.goto(`${server.baseUrl}/company/${applicant.companyId}/certificate`);
      await page.getByTestId('certificate-revoke-start').click();
      await page.locator('select[name="revocation-reason"]').selectOption('key_compromise');
      await page.getByTestId('certificate-revoke').click();
      await page.locator(`[data-testid="certificate"][data-status="revoked"]`).waitFor();
    });
    await shot('4-revoked');
    await page.waitForTimeout(1100); // signing times have whole seconds
    await step(page, 'send-revoked', async () => {
      await page.goto(`${server.baseUrl}/company/${applicant.companyId}/mailbox`);
      await page.getByTestId('thread-item').first().locator('a').click();
      await page.getByTestId('signing-certificate-inactive').waitFor();
      await sendMessage(page, { body: 'Sent after the revocation.' });
      await page.locator('[data-testid="message-verdict"][data-verdict="revoked"]').waitFor({ timeout: 30_000 });
    });
    await shot('5-sent-revoked');
    await officePage.reload();
    await officePage.locator('[data-testid="message-verdict"][data-verdict="revoked"]').waitFor();
    expect(
      await officePage
        .locator('[data-testid="message-verdict"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-verdict'))),
    ).toEqual(['valid', 'revoked']);

    // openssl asks the running OCSP responder.
    const root = await (await fetch(`${server.baseUrl}/pki/root.pem`)).text();
    const issuing = await (await fetch(`${server.baseUrl}/pki/issuing.pem`)).text();
    const dir = scratchFiles({ 'root.pem': root, 'issuing.pem': issuing, 'cert.pem': row.pem });
    const ocsp = await openssl(
      ['ocsp', '-issuer', 'issuing.pem', '-cert', 'cert.pem', '-CAfile', 'root.pem', '-url', `${server.baseUrl}/pki/ocsp`, '-no_nonce'],
      dir,
    );
    expect(ocsp.output).toContain('Response verify OK');
    expect(ocsp.output).toMatch(/cert\.pem: revoked/);

    // Anyone can check the first message (signed before the revocation) on the public page.
    const [first] = await server.sql<{ id: string }>(
      "SELECT id FROM secure_messages WHERE sender = 'company' ORDER BY received_at LIMIT 1",
    );
    const download = async (suffix: string) =>
      Buffer.from(
        await (
          await fetch(`${server.baseUrl}/api/messaging/messages/${first.id}/${suffix}`, {
            headers: { authorization: `Bearer ${applicant.token}` },
          })
        ).arrayBuffer(),
      );
    const checkDir = scratchFiles({ 'message.json': await download('content.json'), 'message.json.p7s': await download('signature.p7s') });
    const publicContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const publicPage = await publicContext.newPage();
    await step(publicPage, 'public-check', async () => {
      await publicPage.goto(`${server.baseUrl}/verify-signature`);
      await publicPage.getByTestId('verify-signature-file').setInputFiles(path.join(checkDir, 'message.json.p7s'));
      await publicPage.getByTestId('verify-document-file').setInputFiles(path.join(checkDir, 'message.json'));
      await publicPage.getByTestId('submit').click();
      await publicPage.getByTestId('verify-result').waitFor();
      expect(await publicPage.getByTestId('verify-details').getAttribute('data-verdict')).toBe('valid');
      expect(await publicPage.getByTestId('verify-signer').textContent()).toContain('Mustermann');
      expect(await publicPage.getByTestId('verify-revocation').textContent()).toContain('Revoked since');
    });
    await keepScreenshot(publicPage, 'certificate-6-public-check.png');
    await step(publicPage, 'public-check-not-a-signature', async () => {
      await publicPage.reload();
      await publicPage.getByTestId('verify-signature-file').setInputFiles(attachment);
      await publicPage.getByTestId('submit').click();
      await publicPage.getByTestId('error').waitFor();
      expect(await publicPage.getByTestId('error').textContent()).toContain('not a CMS/PKCS#7 signature');
    });
    await publicContext.close();
    await officeContext.close();
    await context.close();
  });
});

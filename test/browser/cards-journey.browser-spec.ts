/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { accountWithRoles } from '../support/accounts.js';
import { grantResidency, publishedVerifier, waitForIssuedCard } from '../support/cards.js';
import { graphql } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { artifact, keepScreenshot, launchChromium } from './chromium.js';
import { decodeQr, signUpAndIn } from './steps.js';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with `export default`; under ESM its function may sit on `.default`.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

/**
 * The live code is a version-24 QR (SD-JWT VC + key binding); jsQR misses some exact pixel scalings
 * of a screenshot that a camera never produces, so it also tries the image sampled down by 2 and 3.
 */
function decodeScreenQr(png: Buffer): string {
  try {
    return decodeQr(png);
  } catch (error) {
    const image = PNG.sync.read(png);
    for (const factor of [2, 3]) {
      const width = Math.floor(image.width / factor);
      const height = Math.floor(image.height / factor);
      const data = new Uint8ClampedArray(width * height * 4);
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const from = ((y * factor + (factor >> 1)) * image.width + x * factor + (factor >> 1)) * 4;
          data.set(image.data.subarray(from, from + 4), (y * width + x) * 4);
        }
      }
      const result = jsQR(data, width, height);
      if (result) return result.data;
    }
    throw error;
  }
}

const PASSWORD = 'Planetarium-Sternenhimmel-42';

describe.each(['de', 'en'])('citizen card in the browser (%s)', (language) => {
  let server: RunningServer;
  let browser: Browser;
  const cards = readCatalogues()[language].cards as any;

  beforeAll(async () => {
    server = await startServer({ FEE_CITIZEN_CARD_CENTS: '1500', STATUS_LIST_CACHE_SECONDS: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('pays the fee, activates the card on the device, shows a verifiable live QR that goes stale, works offline, and is revoked by staff', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      locale: language === 'de' ? 'de-DE' : 'en-GB',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const shot = (step: string) => keepScreenshot(page, `card-${language}-${step}.png`);
    const email = `card.${language}.${Date.now()}@example.org`;
    const accountId = await signUpAndIn(page, server, email, PASSWORD, language);

    // Without a residency the page offers no card request (it could only fail) but the next real step, in the page's language.
    await page.goto(`${server.baseUrl}/card`);
    const nextStep = page.getByTestId('card-next-step');
    await nextStep.waitFor();
    expect(await nextStep.getAttribute('data-step')).toBe('apply');
    expect(await nextStep.textContent()).toContain(cards.ui.next.apply.heading);
    expect(await page.getByTestId('card-next-step-link').getAttribute('href')).toBe('/residency/apply');
    expect(await page.getByTestId('request-card-form').count()).toBe(0);
    expect(await page.getByTestId('error').count()).toBe(0);
    await shot('0-no-residency');

    await grantResidency(server, accountId, { categories: ['student'] });
    await page.reload();
    await page.getByTestId('request-card-form').waitFor();
    expect(await page.getByTestId('card-next-step').count()).toBe(0);
    await page.getByTestId('submit').click();
    await page.getByTestId('pay-step').waitFor();
    await shot('1-fee');
    await page.getByTestId('pay').click();
    await page.waitForURL('**/sandbox/checkout/*');
    await page.getByTestId('sandbox-pay').click();
    await page.waitForURL('**/card?payment=*');
    // The card is issued by jobs after the provider's webhook; on a loaded CI machine that chain can take a while.
    await waitForIssuedCard(server, accountId);
    await page
      .getByTestId('activate-card')
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        // The card exists on the server: say what the page shows instead of it.
        await shot('2-issued-not-shown');
        const shown = await page
          .locator('body')
          .innerText()
          .catch(() => '(no page)');
        throw new Error(`${String(error)}\nThe page at ${page.url()} shows:\n${shown}`);
      });
    expect(await page.getByTestId('card-face').textContent()).toContain('Erika Mustermann');
    await shot('2-issued');

    await page.getByTestId('activate-card').click();
    const qr = page.getByTestId('card-qr');
    await qr.waitFor();
    await shot('3-live-qr');
    const code = decodeScreenQr(await qr.screenshot());
    // The SD-JWT VC with a Key Binding JWT, disclosing no name.
    expect(code).toMatch(/^ey[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+~ey[A-Za-z0-9_.-]+$/);
    const verdict = await (await publishedVerifier(server)).verify(code);
    expect(verdict).toMatchObject({ valid: true, presentation: 'device', card: { categories: ['student'], status: 'active' } });
    expect(JSON.stringify(verdict)).not.toContain('Mustermann');
    expect((await (await publishedVerifier(server)).verify(code, { now: Date.now() + 120_000 })).reason).toBe('STALE_PRESENTATION');

    // Add to wallet: an OpenID4VCI offer QR (and the same link for a wallet on this phone), axe-clean.
    await page.getByTestId('add-to-wallet').click();
    const offerQr = page.getByTestId('wallet-offer-qr');
    await offerQr.waitFor();
    await shot('3b-wallet-offer');
    const offer = decodeScreenQr(await offerQr.screenshot());
    expect(offer).toMatch(/^openid-credential-offer:\/\/\?credential_offer=/);
    expect(JSON.parse(new URL(offer).searchParams.get('credential_offer')!)).toMatchObject({ credential_issuer: server.baseUrl });
    expect(await page.getByTestId('wallet-offer-link').getAttribute('href')).toBe(offer);
    const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);

    // The printable card: its QR, read off the rendered PDF, verifies as a static credential.
    // The PDF is rendered on the server: in CI, beside two other journeys on two cores, that took over 30 s once.
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByTestId('card-pdf').click();
    const pdfPath = path.join(mkdtempSync(path.join(tmpdir(), 'bo-card-')), 'card.pdf');
    await (await download).saveAs(pdfPath);
    // The printed QR (version 22) is read as a scanner would: at 300 dpi, else at 600 dpi.
    const printedCode = [300, 600].reduce<string | undefined>((found, dpi) => {
      if (found) return found;
      const prefix = pdfPath.replace(/\.pdf$/, `-${dpi}`);
      execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '2', '-l', '2', pdfPath, prefix]);
      const back = readFileSync(`${prefix}-2.png`);
      writeFileSync(artifact(`card-${language}-pdf-back-${dpi}.png`), back);
      try {
        return decodeScreenQr(back);
      } catch {
        return undefined;
      }
    }, undefined);
    if (!printedCode) throw new Error('the printed card’s QR could not be read at 300 or 600 dpi');
    const printed = await (await publishedVerifier(server)).verify(printedCode);
    expect(printed).toMatchObject({ valid: true, presentation: 'static', holderName: 'Erika Mustermann' });

    // Offline: the service worker serves the app, IndexedDB holds the key and the credential.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.getByTestId('card-qr').waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('card-qr').waitFor();
    expect(await page.getByTestId('live-card-code').textContent()).toContain(cards.ui.live.hint);
    const offlineCode = decodeScreenQr(await page.getByTestId('card-qr').screenshot());
    await shot('4-offline');
    await context.setOffline(false);
    expect((await (await publishedVerifier(server)).verify(offlineCode)).valid).toBe(true);

    // Staff revoke the card; with the refreshed status list the same kind of code is REVOKED.
    const staff = (await accountWithRoles(server, ['staff_citizens_office'])).token;
    const [{ id: cardId }] = await server.sql<{ id: string }>('SELECT id FROM citizen_cards WHERE account_id = $1', [accountId]);
    const revoked = await graphql<any>(
      server,
      'mutation($input: CardStatusChangeInput!) { revokeCitizenCard(input: $input) { status } }',
      { input: { cardId, reason: 'test of revocation' } },
      { token: staff },
    );
    expect(revoked.data.revokeCitizenCard.status).toBe('revoked');
    const afterRevocation = decodeScreenQr(await page.getByTestId('card-qr').screenshot());
    expect((await (await publishedVerifier(server)).verify(afterRevocation)).reason).toBe('REVOKED');
    await context.close();
  }, 420_000);
});

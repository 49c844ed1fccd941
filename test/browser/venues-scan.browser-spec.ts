/// <reference lib="dom" />
import request from 'supertest';
import type { Browser } from 'playwright-core';
import { graphql } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { eventually } from '../support/sendgrid-recorder.js';
import { accountWithRoles } from '../support/accounts.js';
import { residentWithPhone } from '../support/venues.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signUpAndIn } from './steps.js';

const PASSWORD = 'Schauspielhaus-Kasse-2026!';

describe('venue scan page in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ FEE_CITIZEN_CARD_CENTS: '0', STATUS_LIST_CACHE_SECONDS: '0', VERIFICATION_LOG_FLUSH_MS: '50' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates a key shown once, verifies online, and offline from the cached status list, then sends the offline log', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const page = await context.newPage();
    const shot = (step: string) => keepScreenshot(page, `venue-scan-${step}.png`);

    const staff = (await accountWithRoles(server, ['staff_citizens_office'])).token;
    const venue = (
      await graphql<any>(
        server,
        'mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }',
        { input: { name: 'Planetarium Bochum', kind: 'planetarium', address: 'Castroper Straße 67, 44791 Bochum', district: 'bochum' } },
        { token: staff },
      )
    ).data.createVenue;
    const offer = (
      await graphql<any>(
        server,
        'mutation($input: OfferInput!) { createOffer(input: $input) { id } }',
        {
          input: {
            venueId: venue.id,
            titleDe: 'Ermäßigter Eintritt',
            titleEn: 'Reduced admission',
            discountPercent: 30,
            categories: ['student'],
            validFrom: '2020-01-01',
          },
        },
        { token: staff },
      )
    ).data.createOffer;
    const email = `kasse.${Date.now()}@example.org`;
    await signUpAndIn(page, server, email, PASSWORD, 'de');
    const assigned = await graphql(
      server,
      'mutation($input: AssignVenueOperatorInput!) { assignVenueOperator(input: $input) { id } }',
      { input: { venueId: venue.id, email } },
      { token: staff },
    );
    expect(assigned.errors).toBeUndefined();

    // The operator creates a key: shown once, then only its prefix.
    await page.goto(`${server.baseUrl}/venue`);
    await page.getByTestId('venue-page').waitFor();
    await page.locator('input[name="keyName"]').fill('Kasse Foyer');
    await page.getByTestId('create-api-key-form').getByTestId('submit').click();
    const key = (await page.getByTestId('api-key-value').textContent())!.trim();
    expect(key).toMatch(/^bo_test_[0-9A-Za-z]{30}$/);
    await shot('1-key-once');
    const apiCheck = await request(server.http).get('/api/partner/v1/offers').set('authorization', `Bearer ${key}`);
    expect(apiCheck.body.offers[0].id).toBe(offer.id);
    await page.getByTestId('hide-api-key').click();
    await page.reload();
    await page.getByTestId('api-key-row').waitFor();
    expect(await page.content()).not.toContain(key);
    expect(await page.getByTestId('api-key-row').textContent()).toContain(key.slice(0, 12));

    // The operator translates the offer: a server problem shows at its field, then the translation is saved.
    await page.getByTestId('offer-row').getByRole('button').click();
    const form = page.getByTestId('offer-form');
    const turkishTitle = form.locator('input[name="translation-tr-title"]');
    expect(await turkishTitle.getAttribute('lang')).toBe('tr');
    expect(await form.locator('input[name="translation-ar-title"]').getAttribute('dir')).toBe('rtl');
    expect(await form.getByTestId('offer-translation-ar').locator('legend [lang="ar"]').textContent()).toBe('العربية');
    await form.locator('input[name="translation-tr-description"]').fill('Her gün geçerlidir.');
    await form.getByTestId('submit').click();
    await form.locator('input[name="translation-tr-title"][aria-invalid="true"]').waitFor();
    const problemId = await turkishTitle.getAttribute('aria-describedby');
    expect(await form.locator(`[id="${problemId}"]`).textContent()).toBe('Bitte verwenden Sie mindestens 2 Zeichen.');
    expect(await form.locator('input[name="translation-tr-description"]').getAttribute('aria-invalid')).toBeNull();
    await shot('1b-offer-translation-problem');
    await turkishTitle.fill('İndirimli giriş');
    await form.locator('input[name="translation-ar-title"]').fill('دخول مخفض');
    await form.getByTestId('submit').click();
    await form.waitFor({ state: 'detached' });
    const turkishReader = (await accountWithRoles(server, ['staff_citizens_office'], 'tr')).token;
    const readBack = await graphql<any>(
      server,
      'query($venueId: ID) { venueOffers(venueId: $venueId) { title titleLanguage description descriptionLanguage translations { language title } } }',
      { venueId: venue.id },
      { token: turkishReader },
    );
    expect(readBack.data.venueOffers).toEqual([
      {
        title: 'İndirimli giriş',
        titleLanguage: 'tr',
        description: 'Her gün geçerlidir.',
        descriptionLanguage: 'tr',
        translations: [
          { language: 'ar', title: 'دخول مخفض' },
          { language: 'tr', title: 'İndirimli giriş' },
        ],
      },
    ]);
    // Editing again starts from the stored translations.
    await page.getByTestId('offer-row').getByRole('button').click();
    expect(await form.locator('input[name="translation-tr-title"]').inputValue()).toBe('İndirimli giriş');
    expect(await form.locator('input[name="translation-ar-title"]').inputValue()).toBe('دخول مخفض');
    await form.getByRole('button', { name: 'Abbrechen' }).click();
    await form.waitFor({ state: 'detached' });

    // Online: a resident's live code, typed in, is granted with the offer.
    const valid = await residentWithPhone(server, ['student']);
    const doomed = await residentWithPhone(server, ['student']);
    await page.getByTestId('open-scan').click();
    await page.getByTestId('scan-page').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="status-list-age"]')?.getAttribute('data-fetched-at'));
    await page.locator('select[name="offer"]').selectOption(offer.id);
    const check = async (code: string) => {
      const previous = await page
        .locator('[data-testid="verdict"]')
        .getAttribute('data-verification-id', { timeout: 100 })
        .catch(() => null);
      await page.locator('#manual-code').fill(code);
      await page.getByTestId('submit').click();
      await page.waitForFunction((id) => {
        const shown = document.querySelector('[data-testid="verdict"]')?.getAttribute('data-verification-id');
        return shown && shown !== id;
      }, previous);
      return page.getByTestId('verdict');
    };
    const online = await check(await valid.present());
    expect(await online.getAttribute('data-granted')).toBe('true');
    expect(await online.textContent()).toContain('Ermäßigter Eintritt');
    await shot('2-online-granted');

    // Staff revoke a card; the page fetches the new status list before the network goes.
    await graphql(
      server,
      'mutation($input: CardStatusChangeInput!) { revokeCitizenCard(input: $input) { status } }',
      { input: { cardId: doomed.card.id, reason: 'Test' } },
      { token: staff },
    );
    const before = await page.getByTestId('status-list-age').getAttribute('data-fetched-at');
    await page.getByTestId('refresh-status-list').click();
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="status-list-age"]')?.getAttribute('data-fetched-at') !== previous,
      before,
    );

    // The service worker controls the page before the network goes, so the page also reloads offline.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.getByTestId('scan-page').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="status-list-age"]')?.getAttribute('data-fetched-at'));
    await context.setOffline(true);
    await page.waitForSelector('[data-testid="connection-state"][data-online="false"]');
    const offline = await check(await valid.present());
    // With the reason, so that a refusal says why.
    expect({ granted: await offline.getAttribute('data-granted'), reason: await offline.getAttribute('data-reason') }).toEqual({
      granted: 'true',
      reason: '',
    });
    await page.getByTestId('verified-offline').waitFor();
    await shot('3-offline-granted');
    const refused = await check(await doomed.present());
    await page.waitForSelector('[data-testid="verdict"][data-reason="REVOKED"]');
    expect(await refused.getAttribute('data-granted')).toBe('false');
    await shot('4-offline-revoked');

    // Reloaded without network (no session can be restored): the page still opens and verifies.
    await page.reload();
    await page.getByTestId('scan-page').waitFor();
    await page.locator('select[name="offer"]').selectOption(offer.id);
    expect(await (await check(await valid.present())).getAttribute('data-granted')).toBe('true');
    expect(await page.getByTestId('connection-state').textContent()).toContain('3');
    await shot('5-offline-reloaded');

    // Back online: the offline verifications reach the server's log.
    await context.setOffline(false);
    await page.reload();
    await page.getByTestId('scan-page').waitFor();
    await eventually(async () => {
      const rows = await server.sql<{ reason: string | null }>(
        `SELECT reason FROM venue_verifications WHERE venue_id = $1 AND channel = 'offline' ORDER BY reason NULLS FIRST`,
        [venue.id],
      );
      expect(rows.map((row) => row.reason)).toEqual([null, null, 'REVOKED']);
      return true;
    });
    await context.close();
  });
});

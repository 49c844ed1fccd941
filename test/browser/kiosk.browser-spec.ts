/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { STRONG_PASSWORD, uniqueEmail } from '../support/accounts.js';
import { createService, officeStaff } from '../support/appointments.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { expectAccessible } from './expect-accessible.js';
import { decodeQr, registerVerified, signIn, step } from './steps.js';

/**
 * Shortened for the test through configuration (production refuses less than 60 s; the default is 120 s and 30 s),
 * but long enough for an accessibility check between two touches on a busy machine.
 */
const IDLE_SECONDS = 20;
const WARNING_SECONDS = 15;
const SERVICE_NAME = 'Beratung am Terminal';

/** Everything a browser context keeps for this origin, as the page and Playwright can see it. */
async function tracesIn(context: BrowserContext, page: Page) {
  const inPage = await page.evaluate(async () => ({
    localStorage: window.localStorage.length,
    sessionStorage: window.sessionStorage.length,
    databases: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return { cookies: (await context.cookies()).map((cookie) => cookie.name).sort(), ...inPage };
}

/**
 * Issue 16, item 4: a terminal enrolled by staff, the kiosk in Arabic (right to left) and German,
 * booking an appointment (the sign-in step first), the idle warning and the wipe after which nothing of
 * the person remains; the hand-over of the account step and of the sign-in step to a phone (second
 * browser contexts); then staff disable the terminal.
 */
describe('kiosk: self-service terminal', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ KIOSK_IDLE_SECONDS: String(IDLE_SECONDS), KIOSK_WARNING_SECONDS: String(WARNING_SECONDS) });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is enrolled by staff, serves a person in their language, hands a step to a phone and forgets the person when left idle', async () => {
    const staffEmail = uniqueEmail('office');
    const personEmail = uniqueEmail('kiosk-person');
    await registerVerified(server, staffEmail, STRONG_PASSWORD, 'de');
    await server.sql(`UPDATE accounts SET roles = ARRAY['staff_citizens_office']::account_role[] WHERE email = $1`, [staffEmail]);
    await registerVerified(server, personEmail, STRONG_PASSWORD, 'de');
    const handoverEmail = uniqueEmail('kiosk-phone');
    await registerVerified(server, handoverEmail, STRONG_PASSWORD, 'de');
    // The citizens' office offers a consultation (in person or by video), with hours every day.
    const consultant = await officeStaff(server, 'citizens_office', 'de');
    await createService(server, consultant.token, {
      names: [
        { language: 'de', name: SERVICE_NAME },
        { language: 'en', name: 'Consultation at the terminal' },
      ],
    });

    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const staff = await staffContext.newPage();
    const enrolmentUrl = await step(staff, 'staff enrols a terminal', async () => {
      await signIn(staff, server, staffEmail, STRONG_PASSWORD);
      await staff.goto(`${server.baseUrl}/staff/kiosk-devices`);
      const form = staff.getByTestId('kiosk-register-form');
      await form.locator('input[name="name"]').fill('Bürgerbüro Mitte, Terminal 1');
      await form.locator('input[name="location"]').fill('Willy-Brandt-Platz 2–6, Foyer');
      await form.getByTestId('submit').click();
      const url = (await staff.getByTestId('kiosk-enrolment-url').textContent())!.trim();
      expect(url).toMatch(new RegExp(`^${server.baseUrl}/kiosk#device=[A-Za-z0-9_-]{43}$`));
      await staff.getByTestId('kiosk-devices').getByRole('rowheader', { name: 'Bürgerbüro Mitte, Terminal 1' }).waitFor();
      await expectAccessible(staff, 'staff terminals');
      return url;
    });

    // A terminal in portrait, as in a local centre.
    const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1600 }, locale: 'de-DE' });
    const kiosk = await kioskContext.newPage();
    const historyAtStart = await step(kiosk, 'the terminal opens on its enrolment link', async () => {
      await kiosk.goto(enrolmentUrl);
      await kiosk.getByTestId('kiosk-language-page').waitFor();
      // The device secret leaves the address bar at once, and no storage ever holds it.
      expect(new URL(kiosk.url()).hash).toBe('');
      await expectAccessible(kiosk, 'kiosk language choice', 'body');
      const sizes = await kiosk.locator('.kiosk-tile').evaluateAll((tiles) => tiles.map((tile) => tile.getBoundingClientRect().height));
      expect(sizes.length).toBe(12);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(48);
      return kiosk.evaluate(() => history.length);
    });

    await step(kiosk, 'Arabic, right to left', async () => {
      await kiosk.getByTestId('kiosk-language-ar').click();
      await kiosk.getByTestId('kiosk-menu').getByRole('heading', { level: 1, name: 'ماذا تريد أن تفعل؟' }).waitFor();
      expect(await kiosk.locator('html').getAttribute('dir')).toBe('rtl');
      await expectAccessible(kiosk, 'kiosk menu (ar)', 'body');
      await kiosk.getByTestId('kiosk-menu-about').click();
      await kiosk.getByTestId('kiosk-about').waitFor();
      await expectAccessible(kiosk, 'kiosk about (ar)', 'body');
    });

    await step(kiosk, 'a person wants an appointment: the terminal asks them to sign in first, then returns to the booking', async () => {
      await kiosk.getByRole('link', { name: 'اللغة' }).click();
      await kiosk.getByTestId('kiosk-language-de').click();
      await kiosk.getByTestId('kiosk-menu').getByRole('heading', { level: 1, name: 'Was möchten Sie tun?' }).waitFor();
      expect(await kiosk.locator('html').getAttribute('dir')).toBe('ltr');
      await kiosk.getByTestId('kiosk-menu-appointments').click();
      const signInStep = kiosk.getByTestId('kiosk-sign-in');
      await signInStep.waitFor();
      await signInStep.locator('input[name="email"]').fill(personEmail);
      await signInStep.locator('input[name="password"]').fill(STRONG_PASSWORD);
      await signInStep.getByTestId('submit').click();
      await kiosk.getByTestId('kiosk-appointments').getByRole('heading', { level: 1, name: 'Termin buchen' }).waitFor();
    });

    const booked = await step(kiosk, 'the person books an appointment with large buttons', async () => {
      const booking = kiosk.getByTestId('kiosk-appointments');
      await booking.getByTestId('kiosk-appointment-service').filter({ hasText: SERVICE_NAME }).click();
      await booking.getByTestId('kiosk-appointment-day').first().click();
      const time = booking.getByTestId('kiosk-appointment-time').first();
      await time.click();
      await booking.getByTestId('kiosk-appointment-in_person').click();
      expect(await time.getAttribute('aria-pressed')).toBe('true');
      expect(await booking.getByTestId('kiosk-appointment-video').getAttribute('aria-pressed')).toBe('false');
      const heights = await booking
        .locator('button')
        .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(48);
      await expectAccessible(kiosk, 'kiosk appointment choice', 'body');
      await booking.getByTestId('kiosk-appointment-submit').click();
      const confirmation = kiosk.getByTestId('kiosk-appointment-booked');
      await confirmation.waitFor();
      await expectAccessible(kiosk, 'kiosk appointment booked', 'body');
      return (await confirmation.textContent())!;
    });
    expect(booked).toContain(SERVICE_NAME);
    expect(booked).toContain('vor Ort');
    const bookings = await server.sql<{ channel: string; booker_time_zone: string; email: string }>(
      `SELECT b.channel, b.booker_time_zone, a.email FROM appointment_bookings b JOIN accounts a ON a.id = b.booker_account_id
        WHERE a.email = $1`,
      [personEmail],
    );
    expect(bookings).toEqual([{ channel: 'in_person', booker_time_zone: 'Europe/Berlin', email: personEmail }]);
    expect((await server.mailbox.list(personEmail)).some((mail) => mail.template === 'appointments.confirmed')).toBe(true);

    await step(kiosk, 'back at the menu, signed in; the person leaves traces behind', async () => {
      await kiosk.getByRole('link', { name: 'Startmenü' }).click();
      await kiosk.getByTestId('kiosk-signed-in-as').getByText(personEmail).waitFor();
      await expectAccessible(kiosk, 'kiosk menu signed in', 'body');
      // What the person leaves behind (the sign-in's refresh cookie, and whatever a page might store):
      expect((await kioskContext.cookies()).map((cookie) => cookie.name)).toEqual(['bo_refresh']);
      await kiosk.evaluate(async (email) => {
        document.cookie = `last-person=${encodeURIComponent(email)}; path=/`;
        // Lives as long as this document: gone only if the wipe really replaced it.
        (window as unknown as { kioskPerson?: string }).kioskPerson = email;
        localStorage.setItem('last-email', email);
        sessionStorage.setItem('draft', email);
        await new Promise((resolve) => {
          const request = indexedDB.open('person-db');
          request.onsuccess = () => {
            request.result.close();
            resolve(undefined);
          };
        });
        await (await caches.open('person-cache')).put('/person', new Response(email));
      }, personEmail);
      // The check below sees each of them, so an empty result after the wipe means they were removed.
      expect(await tracesIn(kioskContext, kiosk)).toEqual({
        cookies: ['bo_refresh', 'last-person'],
        localStorage: 1,
        sessionStorage: 1,
        databases: ['person-db'],
        caches: ['person-cache'],
        serviceWorkers: 0,
      });
      // Sign-in, booking and menu were steps of the memory router: none became an entry of the browser's history.
      expect(await kiosk.evaluate(() => history.length)).toBe(historyAtStart);
    });

    await step(kiosk, 'idle: the warning takes focus and "continue" keeps the person', async () => {
      const warning = kiosk.getByRole('alertdialog');
      await warning.waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
      expect(await kiosk.evaluate(() => document.activeElement?.textContent)).toBe('Weitermachen');
      await expectAccessible(kiosk, 'idle warning', 'body');
      await warning.getByRole('button', { name: 'Weitermachen' }).click();
      await warning.waitFor({ state: 'detached' });
      await kiosk.getByTestId('kiosk-signed-in-as').waitFor();
    });

    await step(kiosk, 'idle again: everything is wiped and the start screen returns', async () => {
      await kiosk.getByRole('alertdialog').waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
      await kiosk.waitForURL(/\/kiosk$/, { timeout: (WARNING_SECONDS + 10) * 1000 });
      await kiosk.getByTestId('kiosk-language-page').waitFor();
      expect(await tracesIn(kioskContext, kiosk)).toEqual({
        cookies: [],
        localStorage: 0,
        sessionStorage: 0,
        databases: [],
        caches: [],
        serviceWorkers: 0,
      });
      expect(await kiosk.evaluate(() => history.length)).toBe(historyAtStart);
      expect(await kiosk.evaluate(() => JSON.stringify(history.state))).not.toContain('@');
      // A new document: the old one's memory (Apollo cache, draft, the booking on screen) is gone with it.
      expect(await kiosk.evaluate(() => (window as unknown as { kioskPerson?: string }).kioskPerson)).toBeUndefined();
      expect(await kiosk.content()).not.toContain(personEmail);
      expect(await kiosk.content()).not.toContain(SERVICE_NAME);
      // The session ended on the server too.
      const sessions = await server.sql<{ revoked_reason: string | null }>(
        'SELECT r.revoked_reason FROM refresh_tokens r JOIN accounts a ON a.id = r.account_id WHERE a.email = $1',
        [personEmail],
      );
      expect(sessions.length).toBeGreaterThan(0);
      expect(sessions.every((session) => session.revoked_reason !== null)).toBe(true);
      // "Back" leads to nothing of the person.
      await kiosk.goBack().catch(() => null);
      expect(await kiosk.content()).not.toContain(personEmail);
    });

    await step(kiosk, 'the next person starts an application and continues on the phone', async () => {
      // "Back" left the kiosk (to the page before the enrolment link): the terminal is started again.
      await kiosk.goto(enrolmentUrl);
      await kiosk.getByTestId('kiosk-language-de').click();
      await kiosk.getByTestId('kiosk-menu-create-account').click();
      const form = kiosk.getByTestId('kiosk-account-form');
      await form.locator('input[name="email"]').fill('phone-person@example.org');
      await form.locator('input[name="password"]').fill('never-leaves-the-terminal');
      await form.locator('select[name="preferredLanguage"]').selectOption('uk');
      await kiosk.getByRole('button', { name: 'QR-Code zeigen' }).click();
      await kiosk.getByTestId('kiosk-handover-qr').waitFor();
      await expectAccessible(kiosk, 'kiosk create account with QR code', 'body');
    });
    const handoverUrl = decodeQr(await kiosk.getByTestId('kiosk-handover-qr').screenshot());
    expect(handoverUrl).toMatch(new RegExp(`^${server.baseUrl}/handover/[A-Za-z0-9_-]{43}$`));
    expect((await kiosk.getByTestId('kiosk-handover-url').textContent())!.trim()).toBe(handoverUrl);

    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', isMobile: true });
    const phone = await phoneContext.newPage();
    await step(phone, 'the phone continues the step with the draft', async () => {
      await phone.goto(handoverUrl);
      const continued = phone.getByTestId('kiosk-handover-continued');
      await continued.waitFor();
      expect(await continued.locator('input[name="email"]').inputValue()).toBe('phone-person@example.org');
      expect(await continued.locator('select[name="preferredLanguage"]').inputValue()).toBe('uk');
      expect(await continued.locator('input[name="password"]').inputValue()).toBe('');
      await expectAccessible(phone, 'phone continues');
      // Not the terminal's session: the phone is signed out.
      expect((await phoneContext.cookies()).map((cookie) => cookie.name)).toEqual([]);
      await continued.locator('input[name="password"]').fill(STRONG_PASSWORD);
      await continued.getByTestId('submit').click();
      await phone.getByTestId('success').waitFor();
      expect(await server.sql('SELECT preferred_language FROM accounts WHERE email = $1', ['phone-person@example.org'])).toEqual([
        { preferred_language: 'uk' },
      ]);
    });
    await step(phone, 'the code works once', async () => {
      const second = await phoneContext.newPage();
      await second.goto(handoverUrl);
      await second
        .getByTestId('kiosk-handover-failed')
        .getByText('Dieser Code wurde schon benutzt oder ist abgelaufen.', { exact: false })
        .waitFor();
    });

    await step(kiosk, 'at the sign-in step the QR code takes the typed address along, not the password', async () => {
      await kiosk.goto(enrolmentUrl);
      await kiosk.getByTestId('kiosk-language-de').click();
      await kiosk.getByTestId('kiosk-menu-sign-in').click();
      const signInStep = kiosk.getByTestId('kiosk-sign-in');
      await signInStep.locator('input[name="email"]').fill(handoverEmail);
      await signInStep.locator('input[name="password"]').fill('typed-at-the-terminal');
      await kiosk.getByRole('button', { name: 'QR-Code zeigen' }).click();
      await kiosk.getByTestId('kiosk-handover-qr').waitFor();
      await expectAccessible(kiosk, 'kiosk sign-in with QR code', 'body');
    });
    const signInUrl = decodeQr(await kiosk.getByTestId('kiosk-handover-qr').screenshot());
    expect(signInUrl).toMatch(new RegExp(`^${server.baseUrl}/handover/[A-Za-z0-9_-]{43}$`));
    const pending = await server.sql<{ draft: Record<string, string> }>(
      `SELECT draft FROM kiosk_handovers WHERE step = 'sign_in' AND redeemed_at IS NULL`,
    );
    expect(pending).toEqual([{ draft: { email: handoverEmail } }]);

    const secondPhoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', isMobile: true });
    const secondPhone = await secondPhoneContext.newPage();
    await step(secondPhone, 'the phone opens the sign-in page with the address filled in and signs in on its own', async () => {
      await secondPhone.goto(signInUrl);
      await secondPhone.waitForURL(`${server.baseUrl}/login`);
      const email = secondPhone.locator('input[name="email"]');
      await email.waitFor();
      expect(await email.inputValue()).toBe(handoverEmail);
      expect(await secondPhone.locator('input[name="password"]').inputValue()).toBe('');
      expect(await secondPhone.content()).not.toContain('typed-at-the-terminal');
      expect((await secondPhoneContext.cookies()).map((cookie) => cookie.name)).toEqual([]);
      await expectAccessible(secondPhone, 'phone continues the sign-in');
      await secondPhone.locator('input[name="password"]').fill(STRONG_PASSWORD);
      await secondPhone.getByTestId('submit').click();
      await secondPhone.waitForURL(`${server.baseUrl}/account`);
      expect((await secondPhoneContext.cookies()).map((cookie) => cookie.name)).toEqual(['bo_refresh']);
    });
    // The draft was handed out once and emptied; the terminal itself never signed in.
    expect(await server.sql(`SELECT draft FROM kiosk_handovers WHERE step = 'sign_in'`)).toEqual([{ draft: {} }]);
    expect((await kioskContext.cookies()).map((cookie) => cookie.name)).toEqual([]);

    await step(staff, 'staff see the terminal and disable it; it then refuses to serve', async () => {
      await staff.reload();
      const row = staff.getByTestId('kiosk-devices').getByRole('row', { name: /Bürgerbüro Mitte, Terminal 1/ });
      await row.getByRole('button', { name: 'Bürgerbüro Mitte, Terminal 1 abschalten' }).click();
      await row.getByText('Abgeschaltet seit', { exact: false }).waitFor();
      await kiosk.goto(enrolmentUrl);
      await kiosk.getByTestId('kiosk-out-of-service').getByText('Dieses Terminal wurde abgeschaltet.', { exact: false }).waitFor();
      await expectAccessible(kiosk, 'kiosk out of service', 'body');
    });
    // Two idle periods and the warning are waited for in real time.
  }, 480_000);
});

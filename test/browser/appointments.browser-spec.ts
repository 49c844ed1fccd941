/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { booker, officeStaff } from '../support/appointments.js';
import { STRONG_PASSWORD } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { expectAccessible } from './expect-accessible.js';
import { signIn, step } from './steps.js';

const berlinDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(date);

describe('appointments in the browser', () => {
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

  it('staff create the service in the form; a founder abroad (German) books a video consultation through it, gets the confirmation, moves it; staff see it in their day; the e-mail link works in Arabic, right to left', async () => {
    const staff = await officeStaff(server, 'economic_development');
    // Staff (English) create the service through the form; a duration out of range is answered on its field.
    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const staffPage = await staffContext.newPage();
    await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
    await step(staffPage, 'appointments-staff-service', async () => {
      await staffPage.goto(`${server.baseUrl}/staff/appointments/availability`);
      await staffPage.getByTestId('new-service').click();
      const form = staffPage.getByTestId('service-form');
      await form.locator('input[name="name-de"]').fill('Videoberatung Gründung');
      await form.locator('input[name="name-en"]').fill('Start-up video consultation');
      await form.locator('input[name="durationMinutes"]').fill('3');
      await form.locator('input[name="video"]').check();
      await form.locator('input[name="inPerson"]').uncheck();
      await form.getByTestId('submit').click();
      await form.getByText('The duration must be between 5 and 480 minutes.').first().waitFor();
      await form.locator('input[name="durationMinutes"]').fill('30');
      await form.getByTestId('submit').click();
      await staffPage.getByTestId('service-saved').waitFor();
      expect(await staffPage.getByTestId('service-row').textContent()).toContain('Start-up video consultation');
      await expectAccessible(staffPage, 'services');
    });
    const founder = await booker(server, 'de');
    const tomorrow = berlinDay(new Date(Date.now() + 2 * 86_400_000));

    // The founder lives in New York: the page shows Bochum's time and theirs.
    const founderContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'de-DE',
      timezoneId: 'America/New_York',
    });
    const page = await founderContext.newPage();
    await signIn(page, server, founder.email, STRONG_PASSWORD);
    await step(page, 'appointments-book', async () => {
      await page.goto(`${server.baseUrl}/appointments/book`);
      const form = page.getByTestId('book-appointment');
      await form.waitFor();
      const service = form.locator('select[name="service"]');
      await service.locator('option', { hasText: 'Videoberatung Gründung' }).waitFor({ state: 'attached' });
      await service.selectOption({ label: 'Videoberatung Gründung (Wirtschaftsförderung)' });
      await form.locator('input[name="day"]').fill(tomorrow);
      await form.getByTestId('slot').nth(18).check();
      expect(await form.getByTestId('local-time').first().textContent()).toContain('America/New_York');
      await expectAccessible(page, 'book');
      await form.getByTestId('submit').click();
      await page.getByTestId('booked').waitFor();
      expect(await page.getByTestId('booked').textContent()).toContain('Videoberatung Gründung');
      await expectAccessible(page, 'booked');
    });
    const [booking] = await server.sql<{ id: string; starts_at: Date; booker_time_zone: string }>(
      'SELECT id, starts_at, booker_time_zone FROM appointment_bookings WHERE booker_account_id = $1',
      [String(founder.account.id)],
    );
    expect(booking.booker_time_zone).toBe('America/New_York');
    const confirmation = (await server.mailbox.list(founder.email)).find((mail) => mail.template === 'appointments.confirmed');
    expect(confirmation?.subject).toBe('Ihr Termin: Videoberatung Gründung');
    expect(confirmation?.text).toContain('(America/New_York)');

    await step(page, 'appointments-move', async () => {
      await page.goto(`${server.baseUrl}/appointments`);
      const card = page.locator(`[data-appointment-id="${booking.id}"]`);
      await card.waitFor();
      await expectAccessible(page, 'my appointments');
      await card.getByTestId('move').click();
      await card.locator('input[name="day"]').fill(tomorrow);
      await card.getByTestId('slot').nth(20).check();
      await card.getByTestId('confirm-move').click();
      await page.getByTestId('appointment-done').waitFor();
      await expectAccessible(page, 'moved');
    });
    const [moved] = await server.sql<{ starts_at: Date; sequence: number }>(
      'SELECT starts_at, sequence FROM appointment_bookings WHERE id = $1',
      [booking.id],
    );
    expect(moved.sequence).toBe(1);
    expect(moved.starts_at.getTime()).toBeGreaterThan(booking.starts_at.getTime());
    expect((await server.mailbox.list(founder.email)).some((mail) => mail.template === 'appointments.moved')).toBe(true);

    // Staff see it in their day.
    await step(staffPage, 'appointments-staff-day', async () => {
      await staffPage.goto(`${server.baseUrl}/staff/appointments`);
      await staffPage.getByTestId('staff-appointment-day').waitFor();
      await staffPage.locator('input[name="day"]').fill(tomorrow);
      const row = staffPage.locator(`[data-appointment-id="${booking.id}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain(founder.email);
      expect(await row.textContent()).toContain('Start-up video consultation');
      expect(await row.textContent()).toContain('by video');
      await expectAccessible(staffPage, 'staff day');
      await staffPage.goto(`${server.baseUrl}/staff/appointments/availability`);
      await staffPage.getByTestId('hours-row').first().waitFor();
      await expectAccessible(staffPage, 'availability');
    });

    // The link in the e-mail, opened signed out in Arabic: right to left, and it cancels.
    const link = /(http\S+\/appointments\/manage\?token=\S+)/.exec(
      (await server.mailbox.list(founder.email)).find((mail) => mail.template === 'appointments.moved')!.text,
    )![1];
    const arabicContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ar' });
    const arabic = await arabicContext.newPage();
    await step(arabic, 'appointments-link-ar', async () => {
      await arabic.goto(`${link}&lng=ar`);
      const card = arabic.locator(`[data-appointment-id="${booking.id}"]`);
      await card.waitFor();
      expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expectAccessible(arabic, 'manage (ar)');
      await keepScreenshot(arabic, 'appointments-manage-ar');
      await card.getByTestId('cancel').click();
      await arabic.getByTestId('appointment-done').waitFor();
      expect((await card.getByTestId('appointment-status').textContent())?.trim()).toBe('ملغى');
    });
    const [cancelled] = await server.sql<{ status: string }>('SELECT status FROM appointment_bookings WHERE id = $1', [booking.id]);
    expect(cancelled.status).toBe('cancelled');
    await founderContext.close();
    await staffContext.close();
    await arabicContext.close();
  });
});

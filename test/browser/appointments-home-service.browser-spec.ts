/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { booker, createService, officeStaff } from '../support/appointments.js';
import { STRONG_PASSWORD } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { expectAccessible } from './expect-accessible.js';
import { signIn, step } from './steps.js';

const berlinDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(date);

describe('home service in the browser', () => {
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

  it('a relative (Turkish) books a home visit for someone with their consent; staff (Persian, right to left) see the visit sheet by district', async () => {
    const staff = await officeStaff(server, 'citizens_office', 'fa');
    await createService(server, staff.token, {
      names: [
        { language: 'de', name: 'Bürgerkoffer' },
        { language: 'tr', name: 'Evde vatandaş hizmeti' },
      ],
      video: false,
      inPerson: false,
      homeVisit: true,
      durationMinutes: 45,
      bufferAfterMinutes: 30,
    });
    const relative = await booker(server, 'tr');
    const day = berlinDay(new Date(Date.now() + 3 * 86_400_000));

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'tr-TR' });
    const page = await context.newPage();
    await signIn(page, server, relative.email, STRONG_PASSWORD);
    await step(page, 'home-visit-book', async () => {
      await page.goto(`${server.baseUrl}/appointments/book`);
      const form = page.getByTestId('book-appointment');
      const service = form.locator('select[name="service"]');
      await service.locator('option', { hasText: 'Evde vatandaş hizmeti' }).waitFor({ state: 'attached' });
      await service.selectOption({ index: 1 });
      await form.locator('input[name="day"]').fill(day);
      await form.getByTestId('slot').nth(10).check();
      const visit = form.getByTestId('home-visit');
      await visit.waitFor();
      await visit.locator('input[name="address"]').fill('Seniorenzentrum, Zimmer 12, Westenfelder Str. 4, 44866 Bochum');
      await visit.locator('select[name="district"]').selectOption('wattenscheid');
      await visit.locator('input[name="onBehalf"]').check();
      await visit.locator('input[name="onBehalfOfName"]').fill('Erna Kowalski');
      // No reason ticked and no consent: the self-assessment says no, next to the field.
      await form.getByTestId('submit').click();
      await form.locator('.kern-form-check--error').first().waitFor();
      await expectAccessible(page, 'home visit form with errors');
      await visit.locator('input[name="livesInCareHome"]').check();
      await visit.locator('input[name="consent"]').check();
      await form.getByTestId('submit').click();
      await page.getByTestId('booked').waitFor();
      await expectAccessible(page, 'home visit booked');
    });
    const [booking] = await server.sql<{
      on_behalf_of_name: string;
      home_visit_reason: string;
      visit_district: string;
      consent_recorded_at: Date | null;
    }>(
      'SELECT on_behalf_of_name, home_visit_reason, visit_district, consent_recorded_at FROM appointment_bookings WHERE booker_account_id = $1',
      [String(relative.account.id)],
    );
    expect(booking).toMatchObject({ on_behalf_of_name: 'Erna Kowalski', home_visit_reason: 'care_home', visit_district: 'wattenscheid' });
    expect(booking.consent_recorded_at).not.toBeNull();

    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fa-IR' });
    const staffPage = await staffContext.newPage();
    await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
    await step(staffPage, 'home-visit-sheet', async () => {
      await staffPage.goto(`${server.baseUrl}/staff/appointments/visits`);
      await staffPage.getByTestId('staff-home-visits').waitFor();
      await staffPage.locator('input[name="day"]').fill(day);
      const district = staffPage.getByTestId('visit-district');
      await district.first().waitFor();
      expect(await district.first().locator('h2').textContent()).toBe('Wattenscheid');
      expect(await district.first().getByTestId('visit').textContent()).toContain('Erna Kowalski');
      expect(await staffPage.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expectAccessible(staffPage, 'visit sheet (fa)');
      await staffPage.emulateMedia({ media: 'print' });
      expect(await staffPage.getByTestId('print').isVisible()).toBe(false);
      expect(await district.first().isVisible()).toBe(true);
    });
    await context.close();
    await staffContext.close();
  });
});

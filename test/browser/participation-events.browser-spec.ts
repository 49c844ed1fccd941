/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { graphql } from '../support/graphql.js';
import { cancelRegistration, registerFor, resident } from '../support/participation-events.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { residentWithPhone } from '../support/venues.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signIn, step } from './steps.js';

/** No serious or critical axe violation in the page's own content (the shared header is checked by its own journeys). */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

const local = (offsetHours: number) => {
  const date = new Date(Date.now() + offsetHours * 3600_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

describe('participation events in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ FEE_CITIZEN_CARD_CENTS: '0', STATUS_LIST_CACHE_SECONDS: '0' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('staff create an event with 2 seats; the third resident waits, moves up and confirms; the door checks a card in and refuses another', async () => {
    // Staff (German) write and publish the event through the back office.
    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const staffPage = await staffContext.newPage();
    const staff = await accountWithRoles(server, ['staff_communication'], 'de');
    await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
    const eventId = await step(staffPage, 'create event', async () => {
      await staffPage.goto(`${server.baseUrl}/staff/participation/events/new`);
      const form = staffPage.getByTestId('event-form');
      await form.locator('input[name="titleDe"]').fill('Empfang im Rathaus');
      await form.locator('textarea[name="descriptionDe"]').fill('Die Oberbürgermeisterin empfängt die virtuellen Bürgerinnen und Bürger.');
      await form.locator('select[name="kind"]').selectOption('reception');
      await form.locator('input[name="place"]').fill('Rathaus Bochum, Willy-Brandt-Platz 2-6');
      await form.locator('input[name="startsAt"]').fill(local(48));
      await form.locator('input[name="endsAt"]').fill(local(50));
      await form.locator('input[name="registrationDeadline"]').fill(local(47));
      await form.locator('input[name="capacity"]').fill('2');
      await form.getByTestId('submit').click();
      await staffPage.getByTestId('staff-event-page').waitFor();
      await staffPage.getByTestId('publish-event').click();
      await staffPage.waitForSelector('[data-testid="event-state"][data-status="published"]');
      return (await staffPage.getByTestId('staff-event-page').getAttribute('data-event-id'))!;
    });

    // Two residents take the seats (through the API); one of them has a card on a phone.
    const guest = await residentWithPhone(server);
    const first = await resident(server);
    expect((await registerFor(server, guest.token, eventId)).data.registerForParticipationEvent.status).toBe('confirmed');
    const firstRegistration = (await registerFor(server, first.token, eventId)).data.registerForParticipationEvent;
    expect(firstRegistration.status).toBe('confirmed');

    // The third (English) registers on the page: the event is full, so the waiting list.
    const third = await resident(server);
    const residentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const residentPage = await residentContext.newPage();
    await signIn(residentPage, server, third.email, STRONG_PASSWORD);
    await step(residentPage, 'join the waiting list', async () => {
      await residentPage.goto(`${server.baseUrl}/events`);
      await residentPage.getByTestId('events-page').waitFor();
      await expectAccessible(residentPage, 'events');
      await residentPage.locator(`[data-testid="event-card"][data-event-id="${eventId}"] a`).click();
      await residentPage.getByTestId('event-page').waitFor();
      // No English translation: the German title is shown and marked as German.
      await residentPage.getByTestId('content-fallback').first().waitFor();
      await residentPage.getByTestId('register').click();
      await residentPage.waitForSelector('[data-testid="my-event-status"][data-status="waiting"]');
      expect(await residentPage.getByTestId('my-event-status').textContent()).toBe('You are on the waiting list (position 1).');
      await expectAccessible(residentPage, 'event');
    });

    // One cancels; the third is offered the seat and confirms it with one click.
    expect((await cancelRegistration(server, first.token, firstRegistration.id)).data.cancelParticipationEventRegistration.status).toBe(
      'cancelled',
    );
    await step(residentPage, 'confirm the offered seat', async () => {
      await residentPage.reload();
      await residentPage.waitForSelector('[data-testid="my-event-status"][data-status="offered"]');
      await residentPage.getByTestId('confirm-seat').click();
      await residentPage.waitForSelector('[data-testid="my-event-status"][data-status="confirmed"]');
      await keepScreenshot(residentPage, 'participation-events-confirmed.png');
    });

    // At the door: the guest's live QR is checked in once; a card of someone not registered is refused.
    const stranger = await residentWithPhone(server);
    await step(staffPage, 'check in at the door', async () => {
      await staffPage.getByTestId('open-check-in').click();
      await staffPage.getByTestId('check-in-page').waitFor();
      await staffPage.waitForFunction(
        () => !document.querySelector('[data-testid="door-list-state"]')?.textContent?.includes('Noch keine'),
      );
      const scan = async (code: string, outcome: string) => {
        await staffPage.locator('#door-code').fill(code);
        await staffPage.getByTestId('submit').click();
        await staffPage.waitForSelector(`[data-testid="door-result"][data-outcome="${outcome}"]`);
        return (await staffPage.getByTestId('door-result').textContent())!;
      };
      expect(await scan(await guest.present(), 'checked_in')).toContain(guest.email);
      expect(await scan(await guest.present(), 'already_checked_in')).toMatch(/Bereits eingelassen um \d{1,2}:\d{2}/);
      expect(await scan(await stranger.present(), 'not_registered')).toContain('Nicht angemeldet');
      await expectAccessible(staffPage, 'check-in');
      await keepScreenshot(staffPage, 'participation-events-door.png');
    });

    const rows = await server.sql<{ status: string; checked_in: boolean }>(
      `SELECT status, checked_in_at IS NOT NULL AS checked_in FROM participation_event_registrations WHERE event_id = $1 ORDER BY created_at`,
      [eventId],
    );
    expect(rows).toEqual([
      { status: 'confirmed', checked_in: true },
      { status: 'cancelled', checked_in: false },
      { status: 'confirmed', checked_in: false },
    ]);
    const staffList = await graphql<any>(
      server,
      'query($eventId: ID!) { participationEventRegistrations(eventId: $eventId) { status checkedInAt } }',
      { eventId },
      { token: staff.token },
    );
    expect(staffList.data.participationEventRegistrations.filter((row: any) => row.checkedInAt)).toHaveLength(1);
    await staffContext.close();
    await residentContext.close();
  });
});

/// <reference lib="dom" />
import type { Browser, BrowserContext } from 'playwright-core';
import { accountWithRoles, signedInAccount, STRONG_PASSWORD } from '../support/accounts.js';
import { graphql } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { bytesReceived, exposeConsultationPeer, FAKE_MEDIA_ARGUMENTS, receivesMedia } from './consultation-media.js';
import { expectAccessible } from './expect-accessible.js';
import { signIn, step } from './steps.js';

describe('talk now in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function context(locale: string, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
    const created = await browser.newContext({ viewport, locale });
    await created.addInitScript(exposeConsultationPeer);
    contexts.push(created);
    return created;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium({ args: FAKE_MEDIA_ARGUMENTS });
  });

  afterAll(async () => {
    for (const each of contexts) await each.close();
    await browser?.close();
    await server?.close();
  });

  it('staff go on duty, a founder clicks talk now, staff take the call, and both see and hear each other', async () => {
    const staff = await accountWithRoles(server, ['staff_economic_development']);
    const founder = await signedInAccount(server, undefined, STRONG_PASSWORD, 'de');

    const staffPage = await (await context('en-GB')).newPage();
    await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
    const desk = staffPage.getByTestId('talk-now-desk-economic_development');
    await step(staffPage, 'talk-now-staff-on-duty', async () => {
      await staffPage.goto(`${server.baseUrl}/staff/talk-now`);
      await desk.getByTestId('talk-now-duty').click();
      await desk.getByTestId('talk-now-desk-state').filter({ hasText: 'You are on duty.' }).waitFor();
      await expectAccessible(staffPage, 'talk-now desk (en)');
    });

    const founderPage = await (await context('de-DE')).newPage();
    await signIn(founderPage, server, founder.email, STRONG_PASSWORD);
    const panel = founderPage.getByTestId('talk-now-economic_development');
    await step(founderPage, 'talk-now-founder-waits', async () => {
      await founderPage.goto(`${server.baseUrl}/consultations/talk-now`);
      await panel.getByTestId('talk-now-available').waitFor();
      await panel.getByTestId('talk-now-join').click();
      await panel.getByTestId('talk-now-waiting').waitFor();
      expect(await panel.getByTestId('talk-now-waiting').textContent()).toContain('Personen vor Ihnen: 0');
      await expectAccessible(founderPage, 'talk-now waiting (de)');
    });

    await step(staffPage, 'talk-now-staff-takes', async () => {
      // The queue updates live: the take button is enabled once the founder waits.
      await desk.getByTestId('talk-now-desk-state').filter({ hasText: 'People waiting: 1' }).waitFor();
      await desk.getByTestId('talk-now-take').click();
      await staffPage.waitForURL('**/consultations/now-*');
      // The founder learns live that the call was taken and the room opens.
      await founderPage.waitForURL('**/consultations/now-*');
      expect(new URL(founderPage.url()).pathname).toBe(new URL(staffPage.url()).pathname);
    });

    await step(staffPage, 'talk-now-connected', async () => {
      await founderPage.locator('[data-testid="consultation-room"][data-presence="connected"]').waitFor();
      await staffPage.locator('[data-testid="consultation-room"][data-presence="connected"]').waitFor();
      await Promise.all([receivesMedia(founderPage), receivesMedia(staffPage)]);
      const [founderBytes, staffBytes] = await Promise.all([bytesReceived(founderPage), bytesReceived(staffPage)]);
      expect(founderBytes.video).toBeGreaterThan(0);
      expect(staffBytes.video).toBeGreaterThan(0);
      expect(await staffPage.getByTestId('consultation-room').getAttribute('data-role')).toBe('staff');
      expect(await founderPage.getByTestId('consultation-room').getAttribute('data-role')).toBe('booker');
      await keepScreenshot(staffPage, 'talk-now-connected');
    });
  });

  it('a terminal where nobody signed in calls staff: the person is connected by video without an account', async () => {
    const staff = await accountWithRoles(server, ['staff_citizens_office']);
    const enrolled = await graphql<any>(
      server,
      `
        mutation ($input: RegisterKioskDeviceInput!) {
          registerKioskDevice(input: $input) {
            enrolmentPath
          }
        }
      `,
      { input: { name: 'Bezirksverwaltungsstelle Wattenscheid, Terminal 1', location: 'Foyer', district: 'wattenscheid' } },
      { token: staff.token },
    );
    expect(enrolled.errors).toBeUndefined();

    const staffPage = await (await context('en-GB')).newPage();
    await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
    const desk = staffPage.getByTestId('talk-now-desk-citizens_office');
    await step(staffPage, 'kiosk-call-staff-on-duty', async () => {
      await staffPage.goto(`${server.baseUrl}/staff/talk-now`);
      await desk.getByTestId('talk-now-duty').click();
      await desk.getByTestId('talk-now-desk-state').filter({ hasText: 'You are on duty.' }).waitFor();
    });

    // A terminal in portrait, as in a local centre; nobody signs in.
    const kiosk = await (await context('de-DE', { width: 1080, height: 1600 })).newPage();
    const panel = kiosk.getByTestId('talk-now-citizens_office');
    await step(kiosk, 'kiosk-call-staff-waits', async () => {
      await kiosk.goto(`${server.baseUrl}${enrolled.data.registerKioskDevice.enrolmentPath}`);
      await kiosk.getByTestId('kiosk-language-de').click();
      await kiosk.getByTestId('kiosk-menu-call-staff').click();
      await panel.getByTestId('talk-now-available').waitFor();
      await panel.getByTestId('talk-now-join').click();
      await panel.getByTestId('talk-now-waiting').waitFor();
      await expectAccessible(kiosk, 'kiosk call staff, waiting (de)', 'body');
    });

    await step(staffPage, 'kiosk-call-staff-taken', async () => {
      await desk.getByTestId('talk-now-desk-state').filter({ hasText: 'People waiting: 1' }).waitFor();
      await desk.getByTestId('talk-now-take').click();
      await staffPage.waitForURL('**/consultations/now-*');
    });

    await step(kiosk, 'kiosk-call-staff-connected', async () => {
      await kiosk.locator('[data-testid="consultation-room"][data-presence="connected"]').waitFor();
      await staffPage.locator('[data-testid="consultation-room"][data-presence="connected"]').waitFor();
      await Promise.all([receivesMedia(kiosk), receivesMedia(staffPage)]);
      expect(await kiosk.getByTestId('consultation-room').getAttribute('data-role')).toBe('booker');
      // Staff are told the caller is at a terminal, not signed in.
      expect(await staffPage.getByTestId('consultation-caller-terminal').textContent()).toContain(
        'Bezirksverwaltungsstelle Wattenscheid, Terminal 1',
      );
      expect(await kiosk.getByTestId('consultation-caller-terminal').count()).toBe(0);
      // No account was signed in at the terminal at any point.
      expect(await kiosk.evaluate(() => document.cookie)).toBe('');
      await expectAccessible(kiosk, 'kiosk video call (de)', 'body');
      await keepScreenshot(kiosk, 'kiosk-call-staff-connected');
    });
  });
});

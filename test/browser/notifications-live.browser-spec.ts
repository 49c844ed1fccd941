import type { Browser, Page } from 'playwright-core';
import { LiveUpdates } from '../../src/common/live-updates/index.js';
import { accountWithRoles, STRONG_PASSWORD, uniqueEmail } from '../support/accounts.js';
import { graphql } from '../support/graphql.js';
import { decide, findCase, submittedStudentApplication } from '../support/residency.js';
import { until } from '../support/live-updates.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { expectAccessible } from './expect-accessible.js';
import { signIn, signUpAndIn, step } from './steps.js';

/**
 * Issue 16 asks that a new notification appear in an open page within 2 s; the journeys log how long it
 * took (about 0.3–0.6 s in CI) but do not time it: three journeys share two cores there. What they check
 * is that it came live: well before the pages' polling fallback (60 s) and without a single read.
 */
const ARRIVES_LIVE_WITHIN_MS = 30_000;
const NOTIFICATION_QUERIES = new Set(['UnreadNotificationCount', 'MyNotifications']);

/** Counts the page's GraphQL requests over HTTP of these operations (what polling would send). */
function countOperations(page: Page, operations: Set<string>): { count: number } {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const operation = (request.postDataJSON() as { operationName?: string } | null)?.operationName;
    if (operation && operations.has(operation)) counter.count += 1;
  });
  return counter;
}

/** Counts the page's GraphQL requests over HTTP that read notifications (what polling would send). */
function countNotificationReads(page: Page): { count: number } {
  return countOperations(page, NOTIFICATION_QUERIES);
}

describe('live notifications in the browser', () => {
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

  it('shows a notification written by a staff action in the open page’s bell live, without polling', async () => {
    const admin = await accountWithRoles(server, ['admin']);
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' })).newPage();
    const subscribers = () => server.app.get(LiveUpdates).size.subscribers;
    const before = subscribers();
    const accountId = await signUpAndIn(page, server, uniqueEmail('live'), STRONG_PASSWORD, 'en');
    const bell = page.getByTestId('notification-bell');

    await step(page, 'the page is live', async () => {
      // The e-mail confirmation is the first notification; the bell's socket subscribes to what follows.
      await bell.getByTestId('unread-count').getByText('1', { exact: true }).waitFor();
      await until(() => subscribers() === before + 1);
      // The catch-up read when the socket came up is over before counting starts (sockets do not count here).
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, 'account with live bell', 'header');
    });

    const reads = countNotificationReads(page);
    const started = Date.now();
    await step(page, 'a staff action notifies the account', async () => {
      const granted = await graphql(
        server,
        'mutation($input: ChangeAccountRoleInput!) { grantAccountRole(input: $input) { id } }',
        { input: { accountId, role: 'staff_communication', reason: 'Live update journey' } },
        { token: admin.token },
      );
      expect(granted.errors).toBeUndefined();
      await bell.getByTestId('unread-count').getByText('2', { exact: true }).waitFor({ timeout: ARRIVES_LIVE_WITHIN_MS });
    });
    console.log(`live notification: bell updated ${Date.now() - started} ms after the staff action was sent`);
    expect(reads.count).toBe(0);

    await step(page, 'the notifications page lists it', async () => {
      await bell.click();
      await page.waitForURL('**/notifications');
      await page.getByText('You have a new role: Communication and participation').waitFor();
    });
  });

  it('falls back to polling while the socket cannot connect, still shows the news, and goes live again', async () => {
    const admin = await accountWithRoles(server, ['admin']);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
    const subscribers = () => server.app.get(LiveUpdates).size.subscribers;
    const socketWay = { blocked: true };
    await page.routeWebSocket('**/graphql', (socket) => {
      if (socketWay.blocked) void socket.close({ code: 1011, reason: 'blocked by the test' });
      else socket.connectToServer();
    });
    await page.clock.install();
    const accountId = await signUpAndIn(page, server, uniqueEmail('fallback'), STRONG_PASSWORD, 'en');
    const bell = page.getByTestId('notification-bell');
    await step(page, 'fallback-signed-in', () =>
      bell.getByTestId('unread-count').getByText('1', { exact: true }).waitFor({ timeout: 20_000 }),
    );
    const reads = countNotificationReads(page);

    await step(page, 'fallback-polls', async () => {
      const granted = await graphql(
        server,
        'mutation($input: ChangeAccountRoleInput!) { grantAccountRole(input: $input) { id } }',
        { input: { accountId, role: 'staff_communication', reason: 'Fallback journey' } },
        { token: admin.token },
      );
      expect(granted.errors).toBeUndefined();
      await page.clock.fastForward(61_000);
      await bell.getByTestId('unread-count').getByText('2', { exact: true }).waitFor({ timeout: 20_000 });
      expect(reads.count).toBeGreaterThan(0);
    });

    await step(page, 'fallback-live-again', async () => {
      // 1011 is a close graphql-ws does not retry; the page subscribes again after a pause.
      const before = subscribers();
      socketWay.blocked = false;
      await page.clock.fastForward(61_000);
      await until(() => subscribers() === before + 1);
      await page.waitForLoadState('networkidle');
      reads.count = 0;
      const granted = await graphql(
        server,
        'mutation($input: ChangeAccountRoleInput!) { withdrawAccountRole(input: $input) { id } }',
        { input: { accountId, role: 'staff_communication', reason: 'Fallback journey, live again' } },
        { token: admin.token },
      );
      expect(granted.errors).toBeUndefined();
      await bell.getByTestId('unread-count').getByText('3', { exact: true }).waitFor({ timeout: ARRIVES_LIVE_WITHIN_MS });
      expect(reads.count).toBe(0);
    });
  });
  it('updates an open application page live after a staff decision, without polling', async () => {
    const { applicant, applicationId } = await submittedStudentApplication(server);
    const staff = await accountWithRoles(server, ['staff_citizens_office']);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
    const subscribers = () => server.app.get(LiveUpdates).size.subscribers;
    const before = subscribers();
    await signIn(page, server, applicant.email, applicant.password);
    const status = page.getByTestId('application-status');

    await step(page, 'the application page is live', async () => {
      await page.goto(`${server.baseUrl}/residency/applications/${applicationId}`);
      await page.locator('[data-testid="application-status"][data-status="submitted"]').waitFor();
      // The bell and the application page: both subscriptions registered (their first events are the catch-up reads).
      await until(() => subscribers() >= before + 2);
      await page.waitForLoadState('networkidle');
    });

    const reads = countOperations(page, new Set(['MyResidencyApplication', 'MyResidencyOverview']));
    const started = Date.now();
    await step(page, 'staff ask for more information', async () => {
      const caseId = await findCase(server, staff.token, applicationId);
      const asked = await decide(server, staff.token, {
        caseId,
        outcome: 'request_info',
        message: 'Please add your enrolment certificate.',
      });
      expect(asked.errors).toBeUndefined();
      await page.locator('[data-testid="application-status"][data-status="info_requested"]').waitFor({ timeout: ARRIVES_LIVE_WITHIN_MS });
    });
    console.log(`live case: application page updated ${Date.now() - started} ms after the staff decision was sent`);
    expect(reads.count).toBe(0);
    expect(await status.getAttribute('data-status')).toBe('info_requested');
    await expectAccessible(page, 'application page updated live', 'main');
  });
});

/// <reference lib="dom" />
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import type { Browser, BrowserContext } from 'playwright-core';
import { appProcessArguments } from '../support/app-process.js';
import { until } from '../support/live-updates.js';
import { signedInAccount, STRONG_PASSWORD, uniqueEmail } from '../support/accounts.js';
import { videoConsultation } from '../support/consultations.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { bytesReceived, exposeConsultationPeer, FAKE_MEDIA_ARGUMENTS, receivesMedia } from './consultation-media.js';
import { expectAccessible } from './expect-accessible.js';
import { signIn, step } from './steps.js';

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health/ready`)).ok;
  } catch {
    return false;
  }
}

/** A second app process on the same database (the same keys: development defaults). */
async function secondProcess(server: RunningServer, publicUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await getPort({ host: '127.0.0.1' });
  const child = spawn(process.execPath, appProcessArguments(), {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'test',
      DATABASE_URL: server.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: publicUrl,
      LOG_LEVEL: 'error',
      LOG_PRETTY: '0',
      SEED_DEMO_DATA: '0',
      PASSWORD_HASH_PROFILE: 'fast-test-only',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await until(() => isReady(url));
  return { child, url };
}

/**
 * HAProxy in front of both processes, one address: each browser context names its process with the cookie
 * `bo_process` (a or b), so the founder's page and socket are on one process and the staff member's on the other.
 */
async function haproxy(port: number, a: string, b: string): Promise<ChildProcess> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bo-consultations-haproxy-'));
  const file = path.join(folder, 'haproxy.cfg');
  const [hostA, hostB] = [a, b].map((url) => new URL(url).host);
  writeFileSync(
    file,
    [
      'global',
      '  maxconn 200',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  timeout tunnel 10m',
      'frontend consultations',
      `  bind 127.0.0.1:${port}`,
      '  default_backend apps',
      'backend apps',
      '  balance roundrobin',
      '  use-server b if { req.cook(bo_process) -m str b }',
      '  use-server a if { req.cook(bo_process) -m str a }',
      `  server a ${hostA}`,
      `  server b ${hostB}`,
      '',
    ].join('\n'),
  );
  const child = spawn('/usr/sbin/haproxy', ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  await until(() => isReady(`http://127.0.0.1:${port}`));
  return child;
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('video consultation in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function context(locale: string, process?: { url: string; name: 'a' | 'b' }): Promise<BrowserContext> {
    const created = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
    if (process) await created.addCookies([{ name: 'bo_process', value: process.name, url: process.url }]);
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

  it('the founder (German) and the staff member (English) enter the room from their appointment pages, see and hear each other, write both ways; a third account is refused', async () => {
    const { staff, founder, bookingId } = await videoConsultation(server, { language: 'de', startsInMinutes: 5 });

    const founderPage = await (await context('de-DE')).newPage();
    await signIn(founderPage, server, founder.email, STRONG_PASSWORD);
    await step(founderPage, 'consultation-founder-waits', async () => {
      await founderPage.goto(`${server.baseUrl}/appointments`);
      const card = founderPage.locator(`[data-appointment-id="${bookingId}"]`);
      await card.getByTestId('consultation-link').click();
      await founderPage.waitForURL(`**/consultations/${bookingId}`);
      const room = founderPage.getByTestId('consultation-room');
      await room.waitFor();
      expect(await room.getAttribute('data-role')).toBe('booker');
      expect(await founderPage.getByTestId('consultation-status').textContent()).toBe(
        'Sie sind im Videoraum. Bitte warten Sie, bis die Mitarbeiterin oder der Mitarbeiter dazukommt.',
      );
      await expectAccessible(founderPage, 'waiting room (de)');
    });

    const staffPage = await (await context('en-GB')).newPage();
    await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
    await step(staffPage, 'consultation-staff-joins', async () => {
      await staffPage.goto(`${server.baseUrl}/staff/appointments`);
      const row = staffPage.locator(`[data-appointment-id="${bookingId}"]`);
      await row.getByTestId('consultation-link').click();
      await staffPage.waitForURL(`**/consultations/${bookingId}`);
      await staffPage.getByTestId('consultation-room').waitFor();
      expect(await staffPage.getByTestId('consultation-room').getAttribute('data-role')).toBe('staff');
    });

    await step(staffPage, 'consultation-connected', async () => {
      await founderPage.locator('[data-testid="consultation-room"][data-presence="connected"]').waitFor();
      await staffPage.locator('[data-testid="consultation-room"][data-presence="connected"]').waitFor();
      // Both sides receive the other's fake camera and microphone.
      await Promise.all([receivesMedia(founderPage), receivesMedia(staffPage)]);
      const [founderBytes, staffBytes] = await Promise.all([bytesReceived(founderPage), bytesReceived(staffPage)]);
      expect(founderBytes.video).toBeGreaterThan(0);
      expect(staffBytes.video).toBeGreaterThan(0);
      expect(await staffPage.getByTestId('consultation-status').textContent()).toBe('Connected. You can now see and hear each other.');
      await expectAccessible(staffPage, 'connected room (en)');
      await keepScreenshot(staffPage, 'consultation-connected');
    });

    await step(founderPage, 'consultation-chat', async () => {
      await founderPage.locator('input[name="message"]').fill('Guten Tag, ich habe eine Frage zur Gründung.');
      await founderPage.getByTestId('chat-send').click();
      await staffPage.getByTestId('chat-text').filter({ hasText: 'Guten Tag, ich habe eine Frage zur Gründung.' }).waitFor();
      await staffPage.locator('input[name="message"]').fill('Hello! Go ahead, please.');
      await staffPage.getByTestId('chat-send').click();
      await founderPage.getByTestId('chat-text').filter({ hasText: 'Hello! Go ahead, please.' }).waitFor();
      // The sender's own line appears once the server has taken it, which may be after the other side got it.
      await staffPage.getByTestId('chat-text').filter({ hasText: 'Hello! Go ahead, please.' }).waitFor();
      await founderPage.getByTestId('chat-text').filter({ hasText: 'Guten Tag, ich habe eine Frage zur Gründung.' }).waitFor();
      expect(await founderPage.getByTestId('chat-message').count()).toBe(2);
      expect(await staffPage.getByTestId('chat-message').count()).toBe(2);
      // The log is announced politely by screen readers.
      expect(await founderPage.getByTestId('chat-log').getAttribute('role')).toBe('log');
      await expectAccessible(founderPage, 'chat (de)');
    });

    await step(founderPage, 'consultation-controls', async () => {
      await founderPage.getByTestId('toggle-microphone').click();
      expect(await founderPage.getByTestId('toggle-microphone').getAttribute('aria-pressed')).toBe('true');
      expect(
        await founderPage.evaluate(
          () => window.__consultationPeer!.getSenders().find((s: RTCRtpSender) => s.track?.kind === 'audio')!.track!.enabled,
        ),
      ).toBe(false);
      await founderPage.getByTestId('toggle-microphone').click();
      // Screen sharing replaces the camera's track on the same sender (fake UI picks a screen without asking).
      const before = await founderPage.evaluate(
        () => window.__consultationPeer!.getSenders().find((s: RTCRtpSender) => s.track?.kind === 'video')!.track!.id,
      );
      await founderPage.getByTestId('toggle-screen').click();
      await founderPage.locator('[data-testid="toggle-screen"][aria-pressed="true"]').waitFor();
      const during = await founderPage.evaluate(
        () => window.__consultationPeer!.getSenders().find((s: RTCRtpSender) => s.track?.kind === 'video')!.track!.id,
      );
      expect(during).not.toBe(before);
      await founderPage.getByTestId('toggle-screen').click();
      await founderPage.locator('[data-testid="toggle-screen"][aria-pressed="false"]').waitFor();
    });

    // A third account: refused, with the message in its language.
    const stranger = await signedInAccount(server, uniqueEmail('stranger'), STRONG_PASSWORD, 'en');
    const strangerPage = await (await context('en-GB')).newPage();
    await signIn(strangerPage, server, stranger.account.email as string, STRONG_PASSWORD);
    await step(strangerPage, 'consultation-refused', async () => {
      await strangerPage.goto(`${server.baseUrl}/consultations/${bookingId}`);
      await strangerPage.getByTestId('consultation-refused').waitFor();
      expect(await strangerPage.getByTestId('consultation-refused').textContent()).toContain(
        'There is no such video consultation for you.',
      );
      expect(await strangerPage.evaluate(() => window.__consultationPeer)).toBeUndefined();
      await expectAccessible(strangerPage, 'refused');
    });

    await step(founderPage, 'consultation-leave', async () => {
      await founderPage.getByTestId('leave').click();
      await founderPage.waitForURL('**/appointments');
      await staffPage.locator('[data-testid="consultation-room"][data-presence="left"]').waitFor();
      expect(await staffPage.getByTestId('consultation-status').textContent()).toBe(
        'The other person has left the video room. You can wait here until they come back.',
      );
    });
  });

  it('the same with two app processes behind one address (HAProxy): the founder on one, the staff member on the other', async () => {
    const { staff, founder, bookingId } = await videoConsultation(server, { language: 'en', startsInMinutes: 2 });
    const port = await getPort({ host: '127.0.0.1' });
    const address = `http://127.0.0.1:${port}`;
    const processB = await secondProcess(server, address);
    const proxy = await haproxy(port, server.baseUrl, processB.url);
    try {
      const behindProxy = { ...server, baseUrl: address };
      const founderPage = await (await context('en-GB', { url: address, name: 'a' })).newPage();
      const staffPage = await (await context('en-GB', { url: address, name: 'b' })).newPage();
      await signIn(founderPage, behindProxy, founder.email, STRONG_PASSWORD);
      await signIn(staffPage, behindProxy, staff.email, STRONG_PASSWORD);
      await step(founderPage, 'consultation-cluster', async () => {
        await founderPage.goto(`${address}/consultations/${bookingId}`);
        await founderPage.getByTestId('consultation-room').waitFor();
        await staffPage.goto(`${address}/consultations/${bookingId}`);
        await founderPage.locator('[data-testid="consultation-room"][data-presence="connected"]').waitFor();
        await staffPage.locator('[data-testid="consultation-room"][data-presence="connected"]').waitFor();
        await Promise.all([receivesMedia(founderPage), receivesMedia(staffPage)]);
        expect((await bytesReceived(founderPage)).video).toBeGreaterThan(0);
        expect((await bytesReceived(staffPage)).video).toBeGreaterThan(0);
        await founderPage.locator('input[name="message"]').fill('Hello from process A');
        await founderPage.getByTestId('chat-send').click();
        await staffPage.getByTestId('chat-text').filter({ hasText: 'Hello from process A' }).waitFor();
        await staffPage.locator('input[name="message"]').fill('Hello from process B');
        await staffPage.getByTestId('chat-send').click();
        await founderPage.getByTestId('chat-text').filter({ hasText: 'Hello from process B' }).waitFor();
      });
    } finally {
      await stop(proxy);
      await stop(processB.child);
    }
  });
});

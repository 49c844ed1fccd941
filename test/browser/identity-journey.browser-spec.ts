/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { keepScreenshot, launchChromium } from './chromium.js';

const PASSWORD = 'Stadtpark-Bochum-Spaziergang-24';

describe.each(['de', 'en'])('account journey in the browser (%s)', (language) => {
  let server: RunningServer;
  let browser: Browser;
  const catalogues = readCatalogues();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers, verifies the e-mail address by link, signs in and sees the account page', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: language === 'de' ? 'de-DE' : 'en-GB',
    });
    const page = await context.newPage();
    const email = `browser.${language}.${Date.now()}@example.org`;
    const shot = (step: string) => keepScreenshot(page, `journey-${language}-${step}.png`);

    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('language-switcher').selectOption(language);
    await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await shot('1-landing');

    await page.goto(`${server.baseUrl}/register`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('select[name="preferredLanguage"]').selectOption(language);
    await page.getByTestId('submit').click();
    await page.getByTestId('success').waitFor();
    expect(await page.getByTestId('success').textContent()).toContain(email);
    await shot('2-registered');

    const mails: { language: string; subject: string; text: string }[] = await (
      await fetch(`${server.baseUrl}/dev/mailbox/messages?to=${encodeURIComponent(email)}`)
    ).json();
    expect(mails[0].language).toBe(language);
    expect(mails[0].subject).toBe((catalogues[language].emails as any).verify_email.subject);
    const link = /(http\S+\/verify-email\?token=\S+)/.exec(mails[0].text)![1];

    await page.goto(link);
    await page.getByTestId('success').waitFor();
    await shot('3-verified');

    await page.goto(`${server.baseUrl}/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill('a-wrong-password-first');
    await page.getByTestId('submit').click();
    await page.getByTestId('error').waitFor();
    expect(await page.getByTestId('error').textContent()).toContain((catalogues[language].errors as any).identity.invalid_credentials);
    expect(await page.locator('input[name="email"]').inputValue()).toBe(email);
    await shot('4-wrong-password');

    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByTestId('submit').click();
    await page.waitForURL('**/account');
    await page.getByTestId('account-email').waitFor();
    expect(await page.getByTestId('account-email').textContent()).toContain(email);
    await shot('5-account');

    // The access token lives in memory only; a reload restores the session from the refresh cookie.
    expect(await page.evaluate(() => JSON.stringify(window.localStorage) + JSON.stringify(window.sessionStorage))).not.toMatch(/eyJ/);
    await page.reload();
    await page.getByTestId('account-email').waitFor();

    // The welcome notification: the bell counts it, the notifications page shows it in the UI language.
    await page.getByTestId('unread-count').waitFor();
    expect(await page.getByTestId('unread-count').textContent()).toBe('1');
    await page.getByTestId('notification-bell').click();
    await page.waitForURL('**/notifications');
    await page.getByTestId('notification').first().waitFor();
    expect(await page.getByTestId('notification').first().textContent()).toContain(
      (catalogues[language].notifications as any).email_verified.title.replace('{{city}}', 'Bochum'),
    );
    await shot('6-notifications');
    await page.getByTestId('mark-all-read').click();
    await page.getByTestId('unread-count').waitFor({ state: 'detached' });

    await page.goto(`${server.baseUrl}/account`);
    await page.getByTestId('logout').click();
    await page.waitForURL(`${server.baseUrl}/`);

    // Forgotten password: the link from the e-mail sets a new one, and the old one stops working.
    await page.goto(`${server.baseUrl}/forgot-password`);
    await page.locator('input[name="email"]').fill(email);
    await page.getByTestId('submit').click();
    await page.getByTestId('success').waitFor();
    const resets: { template: string; text: string }[] = await (
      await fetch(`${server.baseUrl}/dev/mailbox/messages?to=${encodeURIComponent(email)}`)
    ).json();
    const resetLink = /(http\S+\/reset-password\?token=\S+)/.exec(resets.find((mail) => mail.template === 'password_reset')!.text)![1];
    await page.goto(resetLink);
    const newPassword = 'Zeche-Hannover-Foerderturm-9';
    await page.locator('input[name="newPassword"]').fill(newPassword);
    await page.locator('input[name="passwordRepeat"]').fill(newPassword);
    await page.getByTestId('submit').click();
    await page.getByTestId('success').waitFor();
    await shot('7-password-reset');
    await page.goto(`${server.baseUrl}/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(newPassword);
    await page.getByTestId('submit').click();
    await page.waitForURL('**/account');
    await context.close();
  });

  it('signs in with eID instead of a password: the first time opens an account (e-mail confirmed by link), then the eID signs it in', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: language === 'de' ? 'de-DE' : 'en-GB' });
    const page = await context.newPage();
    const email = `eid.${language}.${Date.now()}@example.org`;
    const shot = (step: string) => keepScreenshot(page, `journey-${language}-eid-${step}.png`);
    const signInWithEid = async () => {
      await page.goto(`${server.baseUrl}/login`);
      await page.getByTestId('language-switcher').selectOption(language);
      await page.getByTestId('login-eid').click();
      await page.getByTestId('eid-identity-erika').click();
      await page.getByTestId('eid-confirm').click();
    };

    await signInWithEid();
    await page.waitForURL('**/login/eid?result=new_identity**');
    await page.getByTestId('eid-new-identity').waitFor();
    expect(await page.getByTestId('eid-new-identity').textContent()).toContain('Erika Mustermann');
    await shot('1-new-identity');
    await page.getByTestId('eid-open-form').locator('input[name="email"]').fill(email);
    await page.getByTestId('eid-open-form').getByTestId('submit').click();
    await page.getByTestId('eid-account-opened').waitFor();
    expect(await page.getByTestId('eid-account-opened').textContent()).toContain(email);
    await shot('2-account-opened');

    const mails: { language: string; text: string }[] = await (
      await fetch(`${server.baseUrl}/dev/mailbox/messages?to=${encodeURIComponent(email)}`)
    ).json();
    expect(mails[0].language).toBe(language);
    await page.goto(/(http\S+\/verify-email\?token=\S+)/.exec(mails[0].text)![1]);
    await page.getByTestId('success').waitFor();

    await signInWithEid();
    await page.waitForURL('**/account');
    await page.getByTestId('account-email').waitFor();
    expect(await page.getByTestId('account-email').textContent()).toContain(email);
    await shot('3-signed-in');
    const [account] = await server.sql<{ assurance_level: string }>('SELECT assurance_level FROM accounts WHERE email = $1', [email]);
    expect(account.assurance_level).toBe('high');
    await context.close();
  });
});

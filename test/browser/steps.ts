import type { Page } from 'playwright-core';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { register, linkTokenFrom } from '../support/accounts.js';
import { graphql } from '../support/graphql.js';
import type { RunningServer } from '../support/running-server.js';

// jsqr is CommonJS with `export default`; under ESM its function may sit on `.default`.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

/** Registers through the client and confirms the e-mail address with the link from the dev mailbox. */
export async function registerAndVerify(
  page: Page,
  server: RunningServer,
  email: string,
  password: string,
  language: string,
): Promise<void> {
  await page.goto(`${server.baseUrl}/register`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('select[name="preferredLanguage"]').selectOption(language);
  await page.getByTestId('submit').click();
  await page.getByTestId('success').waitFor();
  const mails: { text: string }[] = await (await fetch(`${server.baseUrl}/dev/mailbox/messages?to=${encodeURIComponent(email)}`)).json();
  await page.goto(/(http\S+\/verify-email\?token=\S+)/.exec(mails[0].text)![1]);
  await page.getByTestId('success').waitFor();
}

/** Signs in through the login page and waits for the account page. */
export async function signIn(page: Page, server: RunningServer, email: string, password: string): Promise<void> {
  await page.goto(`${server.baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('submit').click();
  await page.waitForURL('**/account');
}

/**
 * Registers and confirms the e-mail address through the API, as the register and verify pages
 * would (those pages have their own journeys: identity, and languages for the other languages).
 */
export async function registerVerified(server: RunningServer, email: string, password: string, language: string): Promise<void> {
  const registered = await register(server, email, password, language);
  if (!registered.data) throw new Error(`register failed: ${JSON.stringify(registered.errors)}`);
  const verified = await graphql(server, 'mutation($token: String!) { verifyEmail(token: $token) }', {
    token: await linkTokenFrom(server, email, 'verify_email'),
  });
  if (!verified.data) throw new Error(`verifyEmail failed: ${JSON.stringify(verified.errors)}`);
}

/** Registers and confirms (through the API), signs in through the login page; returns the new account's id. */
export async function signUpAndIn(page: Page, server: RunningServer, email: string, password: string, language: string): Promise<string> {
  await registerVerified(server, email, password, language);
  await signIn(page, server, email, password);
  const [{ id }] = await server.sql<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [email]);
  return id;
}

/** Decodes the QR code in a PNG image (a screenshot or a rendered PDF page). */
export function decodeQr(png: Buffer): string {
  const image = PNG.sync.read(png);
  const result = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength), image.width, image.height);
  if (!result) throw new Error('no QR code found in the image');
  return result.data;
}

/** Runs a step; when it fails, keeps a screenshot of the page under test/artifacts/ to see why. */
export async function step<T>(page: Page, name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    await page.screenshot({ path: `test/artifacts/failed-${name}.png`, fullPage: true }).catch(() => undefined);
    throw error;
  }
}

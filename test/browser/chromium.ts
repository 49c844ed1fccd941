import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS_DIR = path.resolve('test/artifacts');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Debian's Chromium, headless, without the background traffic a closed network refuses. `args` adds
 * switches (e.g. fake camera and microphone for video calls: `--use-fake-device-for-media-stream`).
 */
export async function launchChromium(options: { args?: string[] } = {}): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (!executablePath) throw new Error('Chromium not found: `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...(options.args ?? []),
    ],
  });
}

export function artifact(name: string): string {
  return path.join(ARTIFACTS_DIR, name);
}

/**
 * A full-page screenshot kept under test/artifacts/ to look at, when BROWSER_SCREENSHOTS=1. Nothing
 * asserts on these (a QR code is read from an element's screenshot, which always runs), and each
 * costs a full-page render: by default, and in CI, they are skipped. The languages journey keeps
 * its Arabic pages at phone and desktop size always.
 */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.BROWSER_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: path.isAbsolute(name) ? name : artifact(name), fullPage: true });
}

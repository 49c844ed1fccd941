/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { signIn, step } from './steps.js';

async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

describe('back office statistics and layout in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    // Six residency applications in the last weeks (three approved, one by the rules), each with its case; a trade registration case.
    await server.sql(`
      WITH people AS (
        INSERT INTO accounts (email, password_hash, preferred_language)
        SELECT 'chart' || n || '@example.org', 'x', 'de' FROM generate_series(1, 6) n RETURNING id, email
      ), numbered AS (
        SELECT id, substring(email from 'chart([0-9]+)@')::int AS n FROM people
      ), applications AS (
        INSERT INTO residency_applications (account_id, category, district, status, given_name, family_name, facts, consent_given_at,
                                            submitted_at, decided_at, decided_automatically)
        SELECT id, 'student', 'bochum', CASE WHEN n <= 3 THEN 'approved' ELSE 'submitted' END::residency_application_status, 'P', 'Q', '{}', now(),
               now() - make_interval(days => n * 7), CASE WHEN n <= 3 THEN now() - make_interval(days => n * 7) + interval '4 hours' END, n = 1
        FROM numbered RETURNING id, account_id, status
      )
      INSERT INTO backoffice_cases (kind, subject_id, applicant_account_id, status, outcome, due_at)
      SELECT 'residency_application', id, account_id, CASE WHEN status = 'approved' THEN 'closed' ELSE 'open' END::backoffice_case_status,
             CASE WHEN status = 'approved' THEN 'approved' END, now() + interval '14 days' FROM applications`);
    await server.sql(`
      INSERT INTO backoffice_cases (kind, subject_id, applicant_account_id, status, due_at)
      SELECT 'trade_registration', gen_random_uuid(), id, 'open', now() + interval '14 days' FROM accounts WHERE email = 'chart6@example.org'`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the full case queue on a desktop without broken words, and the statistics as charts with tables', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    const admin = await accountWithRoles(server, ['admin'], 'de');
    await signIn(page, server, admin.email, STRONG_PASSWORD);

    await step(page, 'case queue uses the width', async () => {
      await page.goto(`${server.baseUrl}/staff`);
      await page.locator('select[name="status"]').selectOption('');
      await page.getByTestId('case-row').nth(6).waitFor();
      const kinds = await page.locator('select[name="kind"] option').allTextContents();
      expect(kinds).toEqual(expect.arrayContaining(['Gewerbeanmeldung', 'Virtuelle Einwohnerschaft']));
      const layout = await page.evaluate(() => {
        const table = document.querySelector('.case-table')!;
        // A word broken inside shows as one word drawn on more than one line.
        const broken: string[] = [];
        const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
        }
        return { width: table.getBoundingClientRect().width, broken };
      });
      expect(layout.broken).toEqual([]);
      expect(layout.width).toBeGreaterThan(900);
      // Dates in words, kinds and statuses translated: no raw value in the table.
      const text = await page.locator('.case-table').innerText();
      expect(text).toContain('Gewerbeanmeldung');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|trade_registration|residency_application|waiting_for_applicant/);
      await expectAccessible(page, 'case queue');
    });

    await step(page, 'statistics page', async () => {
      await page.getByRole('link', { name: 'Statistik', exact: true }).click();
      await page.getByTestId('backoffice-statistics').waitFor();
      const decisions = page.locator('[data-testid="statistic-figure"][data-key="residency.decisions"]');
      await decisions.locator('svg.recharts-surface').waitFor();
      const table = decisions.getByTestId('statistic-table');
      await expect(table.locator('caption').innerText()).resolves.toBe('Entscheidungen');
      const row = (label: string) => table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label }) });
      await expect(row('Nach Regeln bewilligt').locator('td').first().innerText()).resolves.toBe('1');
      await expect(row('Von Mitarbeitenden bewilligt').locator('td').first().innerText()).resolves.toBe('2');
      const applications = page.locator('[data-testid="statistic-figure"][data-key="residency.applications"]');
      await applications.locator('svg.recharts-surface .recharts-bar-rectangle').first().waitFor();
      const submitted = await applications.locator('td[data-column="submitted"]').allInnerTexts();
      expect(submitted.reduce((sum, value) => sum + Number(value), 0)).toBe(3);
      // Every section of an administrator: residency, cards, venues, trade registration, companies, participation.
      expect(await page.getByTestId('statistic-figure').count()).toBe(13);
      await expectAccessible(page, 'statistics');
      await page.locator('select[name="interval"]').selectOption('week');
      await page.waitForFunction(() =>
        document.querySelector('[data-key="residency.applications"] tbody th')?.textContent?.startsWith('Woche ab'),
      );
    });
    await context.close();
  });
});

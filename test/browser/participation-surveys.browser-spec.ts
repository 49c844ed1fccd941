/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { accountWithRoles, STRONG_PASSWORD, uniqueEmail } from '../support/accounts.js';
import { grantResidency } from '../support/cards.js';
import { resident } from '../support/participation-events.js';
import { answer, answersFor, publishedSurvey } from '../support/participation-surveys.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { launchChromium } from './chromium.js';
import { registerVerified, signIn, step } from './steps.js';

/** No serious or critical axe violation on the page (header included). */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

describe('participation surveys in the browser', () => {
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

  it('a resident (English) answers a survey; staff (German) see results, and a group of 3 shows "too few answers"', async () => {
    const staff = await accountWithRoles(server, ['staff_communication'], 'de');
    const survey = await publishedSurvey(server, staff.token);
    // The other respondents, quickly through the API: 5 commuters in Bochum, 3 students in Wattenscheid.
    const others = [
      ...Array.from({ length: 5 }, () => ({ categories: ['commuter'], district: 'bochum' })),
      ...Array.from({ length: 3 }, () => ({ categories: ['student'], district: 'wattenscheid' })),
    ];
    for (const [index, options] of others.entries()) {
      const person = await resident(server, options);
      await answer(server, person.token, survey.id, answersFor((index % 5) + 1, `Antwort ${index}`));
    }

    const email = uniqueEmail('surveyor');
    await registerVerified(server, email, STRONG_PASSWORD, 'en');
    const [{ id }] = await server.sql<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [email]);
    await grantResidency(server, id, { categories: ['student'], district: 'bochum' });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, server, email, STRONG_PASSWORD);

    await step(page, 'resident answers', async () => {
      await page.goto(`${server.baseUrl}/surveys`);
      await page.getByTestId('open-surveys').locator(`[data-survey-id="${survey.id}"] a`).click();
      await page.getByTestId('survey-form').waitFor();
      await page.getByLabel('Often').check();
      await page.getByLabel('A job').check();
      await page.getByTestId('question-q-scale').getByLabel('4').check();
      const ranking = page.getByTestId('ranking-q-rank');
      await ranking.getByRole('button', { name: 'Move “Culture” down' }).click();
      expect((await ranking.locator('li').first().textContent()) ?? '').toContain('Nature');
      await page.getByLabel('Anything else?').fill('More cycle paths');
      // "Familie" has no English translation: shown in German, and said so.
      await page.getByTestId('content-fallback').first().waitFor();
      await expectAccessible(page, 'survey answer page');
      await page.getByTestId('submit-answers').click();
      await page.getByTestId('survey-thanks').waitFor();
      await page.getByTestId('survey-results').waitFor();
      expect(await page.getByTestId('respondents').textContent()).toContain('9 answers');
    });

    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const staffPage = await staffContext.newPage();
    await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
    await step(staffPage, 'staff see results and a withheld group', async () => {
      await staffPage.goto(`${server.baseUrl}/staff/participation/surveys`);
      await staffPage.locator(`[data-testid="staff-survey-row"][data-survey-id="${survey.id}"]`).getByTestId('survey-results-link').click();
      await staffPage.getByTestId('survey-results').waitFor();
      expect(await staffPage.getByTestId('respondents').textContent()).toContain('9 Antworten');
      expect(await staffPage.getByTestId('free-texts').textContent()).toContain('More cycle paths');
      await expectAccessible(staffPage, 'survey results page');
      await staffPage.getByLabel('Stadtbezirk').selectOption('wattenscheid');
      await staffPage.getByTestId('too-few-answers').waitFor();
      expect(await staffPage.getByTestId('survey-results').count()).toBe(0);
    });
  });
});

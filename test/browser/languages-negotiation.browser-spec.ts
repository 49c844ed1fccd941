import { LANGUAGES } from '../../packages/shared/src/index.js';
import { STRONG_PASSWORD } from '../support/accounts.js';
import { documentLanguage, languagesJourney, ui } from './languages.js';
import { registerAndVerify, signIn } from './steps.js';

/**
 * The platform in the languages of the people Bochum serves (issue 13), in three journey files
 * (languages-*.browser-spec.ts) that run side by side. Labels come from the catalogues (with German
 * as the fallback for a key not yet translated, as in the client), never hard-coded.
 * Here: the browser's languages decide for a visitor, `?lng=` for a link, the account for a signed-in
 * person; Arabic is right to left.
 */

/** How Chromium sends a list of languages (the second and later with q-values). */
function acceptLanguageHeader(tags: string[]): string {
  return tags.map((tag, index) => (index === 0 ? tag : `${tag};q=${(1 - index / 10).toFixed(1)}`)).join(',');
}

describe('languages in the browser: choosing the language', () => {
  const journey = languagesJourney();
  const pageWithLanguages = journey.pageWithLanguages;

  it('negotiates the browser languages: fr-FR → French, tr → Turkish, zh-CN → Chinese, pt-BR → German; ?lng=ar is Arabic, right to left', async () => {
    const cases: Array<[string[], string]> = [
      [['fr-FR', 'fr'], 'fr'],
      [['tr'], 'tr'],
      [['zh-CN', 'zh'], 'zh'],
      [['pt-BR', 'pt'], 'de'],
    ];
    for (const [tags, expected] of cases) {
      const page = await pageWithLanguages(tags);
      const documentRequest = page.waitForRequest((request) => request.url() === `${journey.server.baseUrl}/`);
      const apiRequest = page.waitForRequest((request) => request.url().endsWith('/graphql'));
      await page.goto(`${journey.server.baseUrl}/`);
      expect((await documentRequest).headers()['accept-language']).toBe(acceptLanguageHeader(tags));
      await documentLanguage(page, expected);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
      expect(await page.getByTestId('language-switcher').inputValue()).toBe(expected);
      await page.getByRole('link', { name: ui(expected)('common', 'nav.login'), exact: true }).waitFor();
      // The API is asked in the UI's language, not the browser's raw list.
      expect((await apiRequest).headers()['accept-language']).toBe(expected);
      await page.context().close();
    }

    // A French browser: a wrong password is refused in French, by the server.
    const french = await pageWithLanguages(['fr-FR', 'fr']);
    await french.goto(`${journey.server.baseUrl}/login`);
    await documentLanguage(french, 'fr');
    await french.locator('input[name="email"]').fill(`nobody.${Date.now()}@example.org`);
    await french.locator('input[name="password"]').fill('Falsches-Passwort-123');
    await french.getByTestId('submit').click();
    await french.getByTestId('error').waitFor();
    expect(await french.getByTestId('error').textContent()).toContain(ui('fr')('errors', 'identity.invalid_credentials'));

    // A link with ?lng=ar in a German browser: Arabic, right to left, and it lasts on the next page.
    const linked = await pageWithLanguages(['de-DE', 'de']);
    await linked.goto(`${journey.server.baseUrl}/?lng=ar`);
    await documentLanguage(linked, 'ar');
    expect(await linked.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await linked.goto(`${journey.server.baseUrl}/register`);
    await documentLanguage(linked, 'ar');
    expect(await linked.getByRole('heading', { level: 1 }).textContent()).toBe(ui('ar')('common', 'register.title'));

    // The switcher: every language in its own name and with its own lang attribute; switching waits for the language.
    const options = await linked
      .getByTestId('language-switcher')
      .locator('option')
      .evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('value'), node.textContent, node.getAttribute('lang')]));
    expect(options).toEqual(LANGUAGES.map((language) => [language.code, language.nativeName, language.code]));
    await linked.getByTestId('language-switcher').selectOption('uk');
    await documentLanguage(linked, 'uk');
    expect(await linked.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await linked.getByRole('heading', { level: 1 }).textContent()).toBe(ui('uk')('common', 'register.title'));
  });

  it('signed in, the account language wins over the browser, and the switcher saves it to the account', async () => {
    const page = await pageWithLanguages(['fr-FR', 'fr']);
    const email = `preference.${Date.now()}@example.org`;
    await registerAndVerify(page, journey.server, email, STRONG_PASSWORD, 'tr');
    await signIn(page, journey.server, email, STRONG_PASSWORD);
    await documentLanguage(page, 'tr');
    await page.getByRole('heading', { level: 1, name: ui('tr')('common', 'account.title') }).waitFor();

    await page.getByTestId('language-switcher').selectOption('ar');
    await documentLanguage(page, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(
      await eventually(
        async () =>
          (await journey.server.sql<{ lng: string }>('SELECT preferred_language AS lng FROM accounts WHERE email = $1', [email]))[0].lng,
        'ar',
      ),
    ).toBe('ar');
    // The account page's own language form follows.
    expect(await page.locator('select[name="preferredLanguage"]').inputValue()).toBe('ar');

    // On another device (an English browser) the account's language comes with the sign-in.
    const other = await pageWithLanguages(['en-GB', 'en']);
    await other.goto(`${journey.server.baseUrl}/login`);
    await documentLanguage(other, 'en');
    await signIn(other, journey.server, email, STRONG_PASSWORD);
    await documentLanguage(other, 'ar');
  });
});

/** Polls until `read` gives `expected` (or 10 s pass) and returns the last value. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const until = Date.now() + 10_000;
  let value = await read();
  while (value !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

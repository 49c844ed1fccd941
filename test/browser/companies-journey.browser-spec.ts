/// <reference lib="dom" />
import type { Browser, Page, Request } from 'playwright-core';
import { DataSource } from 'typeorm';
import { RequestContext } from '../../src/common/context/request-context.js';
import { readCatalogues } from '../../src/common/i18n/translator.js';
import { CertificateAuthority } from '../../src/pki/authority/certificate-authority.service.js';
import { accountWithRoles, STRONG_PASSWORD } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/running-server.js';
import { keepScreenshot, launchChromium } from './chromium.js';
import { signIn, signUpAndIn, step } from './steps.js';

/**
 * The entrepreneur's journey of ARCHITECTURE §5, end to end in Chromium: a French company's
 * founder proves their identity with the (development) eID, creates the company and its
 * representative office, registers the trade with a WZ code chosen from the suggestions, pays the
 * fee, sets up the business address and applies to a partner bank; staff register the trade, the
 * sandbox bank opens the account, the browser makes the CSR for the signature certificate, and
 * the journey shows every step done. Prints the typed fields and the time spent, by whom.
 */
describe.each(['en', 'de'])('entrepreneur journey in the browser (%s)', (language) => {
  let server: RunningServer;
  let browser: Browser;
  const companies = readCatalogues()[language].companies as any;

  beforeAll(async () => {
    server = await startServer({ BANKING_SANDBOX_DECISION_DELAY_SECONDS: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    browser = await launchChromium();
    // The city CA exists before anyone onboards (`npm run pki:init` in production); in tests it is made on first use.
    await server.app.get(CertificateAuthority, { strict: false }).chainPems();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('goes from a new account to an open bank account and a certificate, every step done', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: language === 'de' ? 'de-DE' : 'en-GB',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const serverTime = trackServerTime(page, server);
    let typedFields = 0;
    const type = async (selector: string, value: string) => {
      typedFields += 1;
      await page.locator(selector).fill(value);
    };
    const shot = (name: string) => keepScreenshot(page, `company-${language}-${name}.png`);
    const started = Date.now();

    // Account: registration (e-mail, password) is part of the user's time and typing.
    typedFields += 2;
    const email = `founder.${language}.${Date.now()}@example.fr`;
    await signUpAndIn(page, server, email, STRONG_PASSWORD, language);

    await step(page, `company-${language}-identity`, async () => {
      await page.goto(`${server.baseUrl}/company/new`);
      await page.locator('[data-testid="journey-step-account"][data-status="done"]').waitFor();
      await page.getByTestId('verify-identity').click();
      await page.getByTestId('eid-start').click();
      await page.getByTestId('eid-identity-camille').click();
      await page.getByTestId('eid-confirm').click();
      await page.waitForURL('**/company/new**');
      await page.getByTestId('company-form').waitFor();
    });
    expect(await page.getByTestId('journey-step-identity').getAttribute('data-status')).toBe('done');
    await shot('1-identity-done');

    const companyId = await step(page, `company-${language}-company`, async () => {
      await type('[data-testid="company-legalName"]', 'Durand Conseil');
      await page.locator('select[name="countryCode"]').selectOption('FR');
      await page.locator('select[name="legalFormChoice"]').selectOption('SAS');
      await type('[data-testid="company-vatId"]', 'FR40303265045');
      await type('[data-testid="company-headOffice-street"]', '12 Rue de la République');
      await type('[data-testid="company-headOffice-postcode"]', '69002');
      await type('[data-testid="company-headOffice-city"]', 'Lyon');
      await type('[data-testid="company-mainActivity"]', 'IT consulting for manufacturers');
      await page.getByTestId('submit').click();
      await page.getByTestId('journey-progress').waitFor();
      return /\/company\/([0-9a-f-]{36})/.exec(page.url())![1];
    });
    await shot('2-company');

    await step(page, `company-${language}-establishment`, async () => {
      await page.getByTestId('journey-step-link-establishment').click();
      await page.getByTestId('establishment-form').waitFor();
      await page.getByTestId('submit').click();
      await page.getByTestId('business-address').waitFor();
    });

    await step(page, `company-${language}-trade-registration`, async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-step-link-trade_registration').click();
      const start = page.getByTestId('trade-start');
      await start.or(page.getByTestId('trade-registration-form')).waitFor();
      if (await start.isVisible()) await start.click();
      await page.getByTestId('trade-registration-form').waitFor();
      await page.locator('input[name="establishmentKind"][value="unselbststaendige_zweigstelle"]').check();
      await type(
        'textarea[name="activityDescription"]',
        'Development of custom software and IT consulting for manufacturing companies in the Ruhr area',
      );
      typedFields += 1;
      await page.getByTestId('wz-search').pressSequentially('Softwareentw', { delay: 40 });
      await page.getByTestId('wz-option-62.01.9').click();
      await type('input[name="startDate"]', berlinDateInDays(7));
      await page.locator('input[name="businessScope"][value="full_time"]').check();
      await type('[data-testid="trade-employeesFullTime"]', '2');
      await type('[data-testid="trade-employeesPartTime"]', '0');
      await page.getByTestId('trade-save').click();
      await page.getByTestId('trade-review').waitFor();
      await shot('3-trade-review');
      await page.getByTestId('trade-submit').click();
      await page.getByTestId('trade-pay').waitFor();
      await page.getByTestId('pay').click();
      await page.waitForURL('**/sandbox/checkout/*');
      await page.getByTestId('sandbox-pay').click();
      await page.waitForURL(`**/company/${companyId}/trade-registration**`);
      await page.getByTestId('trade-waiting').waitFor({ timeout: 30_000 });
    });

    await step(page, `company-${language}-business-address`, async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-step-link-business_address').click();
      await page.getByTestId('business-address-lines').waitFor();
      await page.locator('input[name="businessMailHandling"][value="scan"]').check();
      await page.getByTestId('business-mail-submit').locator('button').click();
      await page.locator('[data-testid="business-mail-service-status"][data-status="active"]').waitFor();
    });

    await step(page, `company-${language}-bank`, async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-step-link-bank_account').click();
      await page.getByTestId('bank-option-sparkasse-bochum-sandbox').check();
      await page.getByTestId('bank-consent').check();
      await page.getByTestId('bank-apply').click();
      await page.getByTestId('bank-status').waitFor();
    });

    // Staff of economic development register the trade in the back office.
    const staff = await accountWithRoles(server, ['staff_economic_development'], language);
    const staffPage = await (await browser.newContext({ locale: language === 'de' ? 'de-DE' : 'en-GB' })).newPage();
    await serverTime.paused(() =>
      step(staffPage, `company-${language}-staff`, async () => {
        await signIn(staffPage, server, staff.email, STRONG_PASSWORD);
        await staffPage.goto(`${server.baseUrl}/staff`);
        await staffPage.getByTestId('case-row').filter({ hasText: email }).getByTestId('case-link').click();
        await staffPage.getByTestId('case-trade-registration').waitFor();
        await staffPage.getByTestId('claim-case').click();
        await staffPage.locator('input[name="outcome"][value="approve"]').check();
        await staffPage.getByTestId('submit').click();
        await staffPage.getByTestId('success').waitFor();
        await staffPage.getByTestId('case-trade-number').waitFor();
      }),
    );

    await step(page, `company-${language}-bank-opened`, async () => {
      await serverTime.paused(() => page.locator('[data-testid="bank-status"][data-status="opened"]').waitFor({ timeout: 60_000 }));
      expect((await page.getByTestId('bank-iban').textContent())!.replace(/\s/g, '')).toMatch(/^DE\d{20}$/);
    });

    await step(page, `company-${language}-certificate`, async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-step-link-signature_certificate').click();
      await page.getByTestId('certificate-request').click();
      await page.getByTestId('certificate-issued').waitFor({ timeout: 60_000 });
    });

    await step(page, `company-${language}-done`, async () => {
      await page.getByTestId('back-to-journey').click();
      await page.getByTestId('journey-completed').waitFor({ timeout: 30_000 });
    });
    const states = await page
      .locator('[data-testid^="journey-step-"][data-status]')
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-testid'), row.getAttribute('data-status')]));
    expect(states.length).toBeGreaterThanOrEqual(8);
    for (const [, status] of states) expect(status).toBe('done');
    expect(await page.getByTestId('journey-elapsed').textContent()).toMatch(/^\d\d:\d\d$/);
    expect(await page.getByTestId('journey-completed').textContent()).toBe(companies.journey.completed);
    await shot('4-all-done');

    const elapsedSeconds = (Date.now() - started) / 1000;
    console.log(
      `[entrepreneur journey ${language}] ${typedFields} typed fields; ${elapsedSeconds.toFixed(1)} s scripted end to end; ` +
        `server ${(serverTime.totalMs() / 1000).toFixed(2)} s over ${serverTime.count()} API requests; ` +
        `journey clock ${await page.getByTestId('journey-elapsed').textContent()}`,
    );
    // Where the server's share goes: the summed time per operation (noise spreads, a slow operation stands out).
    console.log(`[entrepreneur journey ${language}] server time by operation:\n${await serverTime.byOperation()}`);
    if (process.env.JOURNEY_WATERFALL) console.log(`[entrepreneur journey ${language}] requests:\n${serverTime.waterfall()}`);
    expect(typedFields).toBeLessThanOrEqual(40);
  });
});

/** Background requests the user does not wait for: the journey clock's heartbeats and the notification bell. */
const BACKGROUND = new Set(['RecordJourneyActivity', 'UnreadNotificationCount']);

interface TimedRequest {
  operation: string;
  from: number;
  to: number;
  page: string;
  /** The request's correlation id (the server's answer names it), to count its SQL statements. */
  correlationId: Promise<string | undefined>;
}

/** The GraphQL operation's name, or the REST path without ids. */
function operationOf(request: Request): string {
  const name = /"operationName":"(\w+)"/.exec(request.postData() ?? '')?.[1];
  if (name) return name;
  const path = new URL(request.url()).pathname
    .split('/')
    .map((segment) => (/\d/.test(segment) && segment.length >= 8 ? ':id' : segment))
    .join('/');
  return `${request.method()} ${path}`;
}

/**
 * The server's share of the user's time: wall-clock time during which the page waited for at
 * least one answer from the API (overlapping requests count once; background requests not at all).
 * Keeps every request with its operation name, so the time can be summed per operation and the
 * order of requests (waterfalls) shown.
 */
function trackServerTime(
  page: Page,
  server: RunningServer,
): {
  totalMs(): number;
  count(): number;
  byOperation(): Promise<string>;
  waterfall(): string;
  paused<T>(action: () => Promise<T>): Promise<T>;
} {
  const baseUrl = server.baseUrl;
  const requests: TimedRequest[] = [];
  let paused = false;
  // SQL statements per request (by correlation id), as test/support/statements.ts counts them.
  const statements = new Map<string, number>();
  const requestContext = server.app.get(RequestContext);
  const logger = server.app.get(DataSource).logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (statement, parameters, runner) => {
    const correlationId = requestContext.correlationId;
    if (correlationId) statements.set(correlationId, (statements.get(correlationId) ?? 0) + 1);
    return logQuery(statement, parameters, runner);
  };
  // The server's own measure (Apollo, from the request's start to its answer), summed per operation while not paused.
  const inServer = new Map<string, { count: number; seconds: number }>();
  let since: Promise<Map<string, { count: number; seconds: number }>> = graphqlMetrics(baseUrl);
  const addSince = async () => {
    const [before, after] = [await since, await graphqlMetrics(baseUrl)];
    for (const [operation, now] of after) {
      const then = before.get(operation) ?? { count: 0, seconds: 0 };
      const sum = inServer.get(operation) ?? { count: 0, seconds: 0 };
      inServer.set(operation, { count: sum.count + now.count - then.count, seconds: sum.seconds + now.seconds - then.seconds });
    }
  };
  page.on('requestfinished', (request: Request) => {
    const url = request.url();
    if (paused) return;
    if (!url.startsWith(baseUrl) || !/\/(graphql|api\/|pki\/)/.test(url)) return;
    const operation = operationOf(request);
    if (BACKGROUND.has(operation)) return;
    const timing = request.timing();
    if (timing.requestStart < 0 || timing.responseEnd <= 0) return;
    const frame = request.frame();
    requests.push({
      operation,
      from: timing.startTime + timing.requestStart,
      to: timing.startTime + timing.responseEnd,
      page: new URL(frame.url()).pathname.replace(/[0-9a-f-]{36}/g, ':id'),
      correlationId: request.response().then((response) => response?.headers()['x-correlation-id']),
    });
  });
  const totalMs = () => {
    let total = 0;
    let reach = -Infinity;
    for (const { from, to } of [...requests].sort((a, b) => a.from - b.from)) {
      if (to <= reach) continue;
      total += to - Math.max(from, reach);
      reach = to;
    }
    return total;
  };
  const byOperation = async () => {
    await addSince();
    const sums = new Map<string, { count: number; total: number; max: number; statements: number }>();
    for (const { operation, from, to, correlationId } of requests) {
      const sum = sums.get(operation) ?? { count: 0, total: 0, max: 0, statements: 0 };
      sum.count += 1;
      sum.statements += statements.get((await correlationId) ?? '') ?? 0;
      sum.total += to - from;
      sum.max = Math.max(sum.max, to - from);
      sums.set(operation, sum);
    }
    return [...sums]
      .sort((a, b) => b[1].total - a[1].total)
      .map(([operation, sum]) => {
        const apollo = inServer.get(operation);
        const own = apollo?.count ? `; in Apollo ${apollo.count} × ${((apollo.seconds * 1000) / apollo.count).toFixed(0)} ms` : '';
        const sql = `; ${(sum.statements / sum.count).toFixed(1)} SQL statements each`;
        return `  ${operation.padEnd(40)} ${String(sum.count).padStart(3)} × ${(sum.total / sum.count).toFixed(0).padStart(5)} ms = ${sum.total.toFixed(0).padStart(5)} ms (max ${sum.max.toFixed(0)}${own}${sql})`;
      })
      .join('\n');
  };
  /** Each request with its start and end relative to the first one: requests waiting for each other show as a staircase. */
  const waterfall = () => {
    const origin = Math.min(...requests.map((request) => request.from));
    return [...requests]
      .sort((a, b) => a.from - b.from)
      .map(
        ({ operation, from, to, page: path }) =>
          `  ${(from - origin).toFixed(0).padStart(7)} → ${(to - origin).toFixed(0).padStart(7)} ms  ${(to - from).toFixed(0).padStart(5)} ms  ${operation.padEnd(40)} ${path}`,
      )
      .join('\n');
  };
  /** While the user waits for someone else (staff, the bank), the page's polling is not the server's share. */
  const pausedDuring = async <T>(action: () => Promise<T>): Promise<T> => {
    paused = true;
    await addSince();
    try {
      return await action();
    } finally {
      paused = false;
      since = graphqlMetrics(baseUrl);
      await since;
    }
  };
  return { totalMs, count: () => requests.length, byOperation, waterfall, paused: pausedDuring };
}

/** The GraphQL operations' count and summed duration so far, from the server's /metrics. */
async function graphqlMetrics(baseUrl: string): Promise<Map<string, { count: number; seconds: number }>> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const sums = new Map<string, { count: number; seconds: number }>();
  for (const [, kind, operation, value] of text.matchAll(
    /^eresidency_graphql_operation_duration_seconds_(sum|count)\{[^}]*operation="(\w+)"[^}]*\} (\S+)$/gm,
  )) {
    const entry = sums.get(operation) ?? { count: 0, seconds: 0 };
    if (kind === 'sum') entry.seconds += Number(value);
    else entry.count += Number(value);
    sums.set(operation, entry);
  }
  return sums;
}

function berlinDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

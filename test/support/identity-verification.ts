import { DataSource } from 'typeorm';
import { AssuranceLevel } from '../../src/common/auth/assurance-level.js';
import { IdentityVerificationMethod } from '../../src/identity-verification/identity-verification-method.js';
import { VerifiedIdentities, type VerifiedIdentity } from '../../src/identity-verification/verified-identities.service.js';
import { graphql } from './graphql.js';
import type { TestApp } from './test-app.js';

export const TEST_IDENTITY = {
  givenName: 'Erika',
  familyName: 'Mustermann',
  birthDate: '1984-01-12',
  nationality: 'DE',
  placeOfBirth: 'Berlin',
} as const;

/**
 * Arranges a verified identity for `accountId` through the same service method the eID callback
 * and the video identification use (stores the identity, raises the account's level, audits).
 * A token issued before this still carries the old level; refresh the session if that matters.
 */
export async function verifyIdentityForTest(
  target: TestApp,
  accountId: string,
  level: AssuranceLevel | 'substantial' | 'high' = AssuranceLevel.high,
  identity: Partial<Omit<VerifiedIdentity, 'accountId' | 'level' | 'verifiedAt'>> = {},
): Promise<VerifiedIdentity> {
  const service = target.app.get(VerifiedIdentities, { strict: false });
  const dataSource = target.app.get(DataSource, { strict: false });
  const { method, ...person } = { ...TEST_IDENTITY, ...identity };
  return dataSource.transaction((manager) =>
    service.record(manager, accountId, {
      ...person,
      placeOfBirth: person.placeOfBirth ?? null,
      level: level as AssuranceLevel,
      method: (method ?? IdentityVerificationMethod.eid) as IdentityVerificationMethod,
      source: 'test-fixture',
      sourceSubject: `test:${accountId}`,
    }),
  );
}

/** A minimal browser: a cookie jar (name, value, path) and manual redirects. */
export class TestBrowser {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  constructor(private readonly baseUrl: string) {}

  /** Takes the cookies of a response's Set-Cookie headers. */
  store(setCookie: string | string[] | undefined): void {
    for (const header of ([] as string[]).concat(setCookie ?? [])) {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      const [name, ...rest] = pair.split('=');
      const path = attributes.find((attribute) => attribute.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const value = rest.join('=');
      const expired = attributes.some((attribute) => /^expires=thu, 01 jan 1970/i.test(attribute)) || /max-age=0\b/i.test(header);
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }

  forget(name: string): void {
    this.cookies.delete(name);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url, this.baseUrl);
    const cookie = [...this.cookies.entries()]
      .filter(([, entry]) => target.pathname.startsWith(entry.path))
      .map(([name, entry]) => `${name}=${entry.value}`)
      .join('; ');
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        accept: 'text/html',
        ...(cookie ? { cookie } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    this.store(response.headers.getSetCookie());
    return response;
  }

  /** Follows redirects until `stop` matches the next location (returned, not requested) or a page answers. */
  async follow(
    url: string,
    stop: (location: URL) => boolean,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<{ response: Response; location?: URL }> {
    let response = await this.request(url, init);
    for (let hops = 0; hops < 15; hops += 1) {
      const next = response.headers.get('location');
      if (!next || response.status < 300 || response.status >= 400) return { response };
      const location = new URL(next, this.baseUrl);
      if (stop(location)) return { response, location };
      response = await this.request(location.href);
    }
    throw new Error('too many redirects');
  }
}

export interface EidLoginResult {
  /** The callback URL the eID service sent the browser to (not yet requested). */
  callbackUrl: URL;
  browser: TestBrowser;
}

/**
 * Drives the dev eID provider like a browser: opens the authorization URL, picks `identityKey`
 * on the interaction page (or cancels) and stops at the redirect to the callback.
 */
export async function eidLoginAtDevProvider(
  baseUrl: string,
  authorizationUrl: string,
  browser: TestBrowser,
  choice: { identity: string } | 'cancel',
): Promise<EidLoginResult> {
  const isCallback = (location: URL) => location.pathname === '/api/identity/eid/callback';
  const start = await browser.follow(authorizationUrl, isCallback);
  if (start.location) return { callbackUrl: start.location, browser };
  const page = await start.response.text();
  const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
  if (!action) throw new Error(`no interaction form at the dev eID provider (${start.response.status}): ${page.slice(0, 300)}`);
  const form: Record<string, string> = choice === 'cancel' ? { decision: 'cancel' } : { identity: choice.identity, decision: 'confirm' };
  const submitted = await browser.follow(new URL(action, baseUrl).href, isCallback, { form });
  if (!submitted.location)
    throw new Error(
      `the dev eID provider did not return to the callback (${submitted.response.status}): ${(await submitted.response.text()).slice(0, 300)}`,
    );
  return { callbackUrl: submitted.location, browser };
}

/**
 * The whole eID identification over HTTP against the in-process dev provider (needs a listening
 * server: `startServer()`): start, pick `identity` (erika | camille | arjun | blocked), callback.
 * Returns where the callback sent the browser, e.g. `/identity?result=verified`.
 */
export async function verifyWithDevEid(
  server: { baseUrl: string } & TestApp,
  token: string,
  identity = 'camille',
  returnTo?: string,
): Promise<URL> {
  const started = await graphql<{ startEidVerification: { authorizationUrl: string } }>(
    server,
    'mutation($input: StartEidVerificationInput) { startEidVerification(input: $input) { authorizationUrl } }',
    { input: returnTo ? { returnTo } : null },
    { token },
  );
  if (!started.data) throw new Error(`startEidVerification failed: ${JSON.stringify(started.errors)}`);
  const browser = new TestBrowser(server.baseUrl);
  browser.store(started.headers['set-cookie']);
  const { callbackUrl } = await eidLoginAtDevProvider(server.baseUrl, started.data.startEidVerification.authorizationUrl, browser, {
    identity,
  });
  const landing = await browser.request(callbackUrl.href);
  return new URL(landing.headers.get('location')!, server.baseUrl);
}

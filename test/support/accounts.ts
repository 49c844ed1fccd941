import { graphql, ACCOUNT_FIELDS } from './graphql.js';
import type { TestApp } from './test-app.js';

export const STRONG_PASSWORD = 'Ruhrpott-Kumpel-2026!';

let counter = 0;
export function uniqueEmail(prefix = 'person'): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}${counter}@example.org`;
}

/** The token of the latest link e-mail of `template` sent to `email`. */
export async function linkTokenFrom(target: TestApp, email: string, template: string): Promise<string> {
  const message = (await target.mailbox.list(email)).find((mail) => mail.template === template);
  if (!message) throw new Error(`no ${template} e-mail to ${email}`);
  const match = /token=([^\s&"]+)/.exec(message.text);
  if (!match) throw new Error(`no link in ${template} e-mail`);
  return decodeURIComponent(match[1]);
}

export async function register(target: TestApp, email: string, password = STRONG_PASSWORD, preferredLanguage = 'en') {
  return graphql(
    target,
    'mutation($input: RegisterInput!) { register(input: $input) { email verificationEmailSent } }',
    { input: { email, password, preferredLanguage } },
    { language: preferredLanguage },
  );
}

export async function login(target: TestApp, email: string, password = STRONG_PASSWORD, language?: string) {
  return graphql<{ login: { accessToken: string; accessTokenExpiresAt: string; account: Record<string, unknown> } }>(
    target,
    `mutation($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt account { ${ACCOUNT_FIELDS} } } }`,
    { input: { email, password } },
    { language },
  );
}

/** Registers (in `language`), verifies through the e-mailed link and signs in. */
export async function signedInAccount(target: TestApp, email = uniqueEmail(), password = STRONG_PASSWORD, language = 'en') {
  await register(target, email, password, language);
  await graphql(target, 'mutation($token: String!) { verifyEmail(token: $token) }', {
    token: await linkTokenFrom(target, email, 'verify_email'),
  });
  const response = await login(target, email, password);
  if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
  return {
    email,
    password,
    token: response.data.login.accessToken,
    refreshCookie: response.refreshCookie!,
    account: response.data.login.account,
  };
}

/** A signed-in account with `roles` set in the database, and a fresh token that carries them. */
export async function accountWithRoles(target: TestApp, roles: string[], language = 'en') {
  const person = await signedInAccount(target, uniqueEmail(roles[0] ?? 'person'), STRONG_PASSWORD, language);
  await target.sql('UPDATE accounts SET roles = $1::account_role[] WHERE email = $2', [roles, person.email]);
  const refreshed = await graphql<{ refreshSession: { accessToken: string } }>(
    target,
    'mutation { refreshSession { accessToken } }',
    {},
    { refreshCookie: person.refreshCookie },
  );
  return { ...person, token: refreshed.data!.refreshSession.accessToken, refreshCookie: refreshed.refreshCookie! };
}

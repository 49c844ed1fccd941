import request from 'supertest';
import { buildConfig, ConfigValidationError } from '../src/config/app-config.js';
import { signedInAccount, STRONG_PASSWORD, uniqueEmail } from './support/accounts.js';
import { createCompanyForTest } from './support/companies.js';
import type { GraphqlError } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { email verificationEmailSent } }';
const RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const RESEND = 'mutation($email: String!) { resendVerificationEmail(email: $email) }';
const INVITE = 'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }';

const PER_ADDRESS = 5;
const PER_IP = 10;

let ipCounter = 0;
/** A client address of its own for each test (the app trusts X-Forwarded-For here), so that the per-IP counters do not mix. */
const freshIp = () => `198.51.100.${(ipCounter += 1)}`;

/** Issue 12, item 6: every operation that sends an e-mail on request is limited per target address and per client IP. */
describe('identity: e-mails sent on request are rate-limited', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({
      TRUST_PROXY: '1',
      EMAIL_REQUESTS_PER_ADDRESS_PER_HOUR: String(PER_ADDRESS),
      EMAIL_REQUESTS_PER_IP_PER_HOUR: String(PER_IP),
    });
  });

  afterAll(async () => {
    await app.close();
  });

  async function call(ip: string, query: string, variables: Record<string, unknown>, options: { token?: string; language?: string } = {}) {
    let pending = request(app.http).post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', ip);
    if (options.token) pending = pending.set('authorization', `Bearer ${options.token}`);
    if (options.language) pending = pending.set('accept-language', options.language);
    const response = await pending.send({ query, variables });
    return { data: response.body.data as Record<string, unknown> | null, errors: response.body.errors as GraphqlError[] | undefined };
  }

  const outcome = (response: { data: Record<string, unknown> | null; errors?: GraphqlError[] }) =>
    response.errors ? response.errors[0].extensions.code : JSON.stringify(response.data);
  const mailsTo = async (email: string, template?: string) =>
    (await app.mailbox.list(email)).filter((mail) => !template || mail.template === template);

  it('has sensible, validated defaults: 5 per address and 30 per IP and hour', () => {
    expect(buildConfig({ NODE_ENV: 'test' }).auth).toMatchObject({ emailRequestsPerAddressPerHour: 5, emailRequestsPerIpPerHour: 30 });
    expect(() => buildConfig({ NODE_ENV: 'test', EMAIL_REQUESTS_PER_ADDRESS_PER_HOUR: '0' })).toThrow(ConfigValidationError);
    expect(() => buildConfig({ NODE_ENV: 'test', EMAIL_REQUESTS_PER_IP_PER_HOUR: 'many' })).toThrow(ConfigValidationError);
  });

  it('sends at most 5 password-reset e-mails to an address, known or not, and answers RATE_LIMITED past that, localized', async () => {
    const known = uniqueEmail('reset-known');
    const unknown = uniqueEmail('reset-unknown');
    // Registering sent one e-mail to the known address already: it counts too.
    const ip = freshIp();
    expect(outcome(await call(ip, REGISTER, { input: { email: known, password: STRONG_PASSWORD, preferredLanguage: 'en' } }))).not.toBe(
      'RATE_LIMITED',
    );

    const knownAnswers: string[] = [];
    const unknownAnswers: string[] = [];
    for (let attempt = 0; attempt < 30; attempt += 1) {
      // Different clients, so that only the per-address limit applies.
      knownAnswers.push(outcome(await call(freshIp(), RESET, { email: known })));
      unknownAnswers.push(outcome(await call(freshIp(), RESET, { email: unknown })));
    }
    const accepted = JSON.stringify({ requestPasswordReset: true });
    expect(knownAnswers).toEqual([...Array(PER_ADDRESS - 1).fill(accepted), ...Array(30 - PER_ADDRESS + 1).fill('RATE_LIMITED')]);
    expect(unknownAnswers).toEqual([...Array(PER_ADDRESS).fill(accepted), ...Array(30 - PER_ADDRESS).fill('RATE_LIMITED')]);
    expect(await mailsTo(known)).toHaveLength(PER_ADDRESS);
    expect(await mailsTo(known, 'password_reset')).toHaveLength(PER_ADDRESS - 1);

    const german = await call(freshIp(), RESET, { email: unknown }, { language: 'de' });
    expect(german.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
    expect(german.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(3000);
    expect(german.errors?.[0].extensions.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(german.errors?.[0].message).toMatch(/^Es wurden zu viele E-Mails angefordert\. Bitte warten Sie \d+ Minuten/);
    const english = await call(freshIp(), RESET, { email: known.toUpperCase() }, { language: 'en' });
    expect(english.errors?.[0].message).toMatch(/^Too many e-mails were requested\. Please wait \d+ minutes/);
  });

  it('limits registrations per client IP, whatever the addresses', async () => {
    const ip = freshIp();
    const answers: string[] = [];
    for (let attempt = 0; attempt < PER_IP + 3; attempt += 1) {
      answers.push(
        outcome(await call(ip, REGISTER, { input: { email: uniqueEmail('flood'), password: STRONG_PASSWORD, preferredLanguage: 'en' } })),
      );
    }
    expect(answers.slice(0, PER_IP).every((answer) => answer.startsWith('{"register":'))).toBe(true);
    expect(answers.slice(PER_IP)).toEqual(['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    const [{ n }] = await app.sql<{ n: number }>("SELECT count(*)::int AS n FROM accounts WHERE email LIKE 'flood.%'");
    expect(n).toBe(PER_IP);
    // The same IP is refused the other operations that send e-mail too; another client is not.
    expect(outcome(await call(ip, RESET, { email: uniqueEmail('other') }))).toBe('RATE_LIMITED');
    expect(
      outcome(
        await call(freshIp(), REGISTER, { input: { email: uniqueEmail('flood'), password: STRONG_PASSWORD, preferredLanguage: 'en' } }),
      ),
    ).toMatch(/^\{"register":/);
  });

  it('limits registrations for one address that already has an account, telling its owner at most 5 times', async () => {
    const email = uniqueEmail('taken');
    const answers: string[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      answers.push(outcome(await call(freshIp(), REGISTER, { input: { email, password: STRONG_PASSWORD, preferredLanguage: 'en' } })));
    }
    const accepted = JSON.stringify({ register: { email, verificationEmailSent: true } });
    expect(answers).toEqual([...Array(PER_ADDRESS).fill(accepted), 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect((await mailsTo(email)).map((mail) => mail.template).sort()).toEqual([
      ...Array(PER_ADDRESS - 1).fill('registration_attempt'),
      'verify_email',
    ]);
  });

  it('limits re-sent verification links per address', async () => {
    const email = uniqueEmail('resend');
    await call(freshIp(), REGISTER, { input: { email, password: STRONG_PASSWORD, preferredLanguage: 'en' } });
    const answers: string[] = [];
    for (let attempt = 0; attempt < PER_ADDRESS + 2; attempt += 1) answers.push(outcome(await call(freshIp(), RESEND, { email })));
    const accepted = JSON.stringify({ resendVerificationEmail: true });
    expect(answers).toEqual([...Array(PER_ADDRESS - 1).fill(accepted), 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(await mailsTo(email, 'verify_email')).toHaveLength(PER_ADDRESS);
  });

  it('limits company invitations sent to one address', async () => {
    const owner = await signedInAccount(app);
    const { companyId } = await createCompanyForTest(app, owner.token);
    const invitee = uniqueEmail('invitee');
    const answers: string[] = [];
    for (let attempt = 0; attempt < PER_ADDRESS + 2; attempt += 1) {
      answers.push(
        outcome(
          await call(
            freshIp(),
            INVITE,
            { input: { companyId, email: invitee, role: 'authorised_representative' } },
            { token: owner.token },
          ),
        ),
      );
    }
    expect(answers.slice(0, PER_ADDRESS).every((answer) => answer.startsWith('{"inviteRepresentative":{"id"'))).toBe(true);
    expect(answers.slice(PER_ADDRESS)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(await mailsTo(invitee, 'company_invitation')).toHaveLength(PER_ADDRESS);
    const [{ n }] = await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM company_invitations WHERE email = $1', [invitee]);
    expect(n).toBe(PER_ADDRESS);
  });
});

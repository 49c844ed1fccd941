import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { param } from '../src/common/i18n/message-params.js';
import { LOCALES_DIR } from '../src/common/i18n/translator.js';
import { AccountNotifications } from '../src/notifications/account-notifications.js';
import { EmailDeliveryService } from '../src/notifications/outbox/email-delivery.service.js';
import { graphql } from './support/graphql.js';
import { signedInAccount, STRONG_PASSWORD, uniqueEmail } from './support/accounts.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** A text of a catalogue file as it is on disk, or undefined when that language has no such text yet. */
function catalogueText(language: string, namespace: string, key: string): string | undefined {
  const file = path.join(LOCALES_DIR, language, `${namespace}.json`);
  if (!existsSync(file)) return undefined;
  const value = key.split('.').reduce<any>((node, part) => node?.[part], JSON.parse(readFileSync(file, 'utf8')));
  return typeof value === 'string' && value ? value : undefined;
}

const LIST = '{ myNotifications { nodes { kind title body } } }';
const UPDATE_PREFERENCES = 'mutation($input: UpdatePreferencesInput!) { updateMyPreferences(input: $input) { preferredLanguage } }';
const US_DATE = /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/;
const BRITISH_DATE_TIME =
  /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d{2}:\d{2} (CET|CEST)/;

/**
 * Issue 13: every message the server composes for a person is in that person's language at the
 * moment it is read or sent, not the one of the moment it was written; dates and times are the
 * reader's, in Berlin time with the zone.
 */
describe('messages in the language a person has now', () => {
  let app: TestApp;
  let notifications: AccountNotifications;
  let dataSource: DataSource;

  beforeAll(async () => {
    // No workers: e-mails stay in the outbox until the test sends them. A long session-check cache:
    // a changed language must still count from the next request on.
    app = await createTestApp({ JOBS_WORKERS: '0', SESSION_CHECK_CACHE_SECONDS: '60' });
    notifications = app.app.get(AccountNotifications);
    dataSource = app.app.get(DataSource);
  });

  afterAll(async () => {
    await app.close();
  });

  const accountIdOf = async (email: string) => (await app.sql<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [email]))[0].id;

  /** Sends one outbox e-mail as the worker would, now. */
  async function send(outboxId: string): Promise<void> {
    await app.app.get(EmailDeliveryService).deliver({ id: outboxId, data: { outboxId }, retryCount: 0, retryLimit: 0 });
  }

  it('shows a person who switches to English their earlier notifications in English', async () => {
    const person = await signedInAccount(app, uniqueEmail('switch'), STRONG_PASSWORD, 'de');
    const accountId = await accountIdOf(person.email);
    await dataSource.transaction((manager) =>
      notifications.notify(manager, accountId, {
        inApp: {
          kind: 'payment_received',
          params: {
            amount: param.money(1500),
            purpose: param.key('payments:purpose.citizen_card'),
            reference: param.ltr('BO-P-2027-000001-7'),
          },
          link: '/account/receipts',
        },
      }),
    );

    const german = (await graphql<any>(app, LIST, {}, { token: person.token, language: 'en' })).data.myNotifications.nodes;
    expect(german.find((node: any) => node.kind === 'payment_received')).toEqual({
      kind: 'payment_received',
      title: 'Zahlung eingegangen',
      body: 'Wir haben 15,00\u00a0€ für Bürgerkarte erhalten (Referenz BO-P-2027-000001-7). Ihre Quittung finden Sie auf Ihrer Kontoseite.',
    });
    expect(german.find((node: any) => node.kind === 'email_verified').title).toBe('Willkommen bei der e-Residency Bochum');

    const switched = await graphql<any>(app, UPDATE_PREFERENCES, { input: { preferredLanguage: 'en' } }, { token: person.token });
    expect(switched.data).toEqual({ updateMyPreferences: { preferredLanguage: 'en' } });

    // The same access token, right away: its cached session check must not keep the old language.
    const english = (await graphql<any>(app, LIST, {}, { token: person.token, language: 'de' })).data.myNotifications.nodes;
    expect(english.find((node: any) => node.kind === 'payment_received')).toEqual({
      kind: 'payment_received',
      title: 'Payment received',
      body: 'We received €15.00 for Citizen card (reference BO-P-2027-000001-7). Your receipt is on your account page.',
    });
    expect(english.find((node: any) => node.kind === 'email_verified').title).toBe('Welcome to Bochum e-Residency');
    // Errors follow the account's new language too, whatever the browser asks for.
    const error = await graphql(
      app,
      'mutation($id: ID!) { markNotificationRead(id: $id) { id } }',
      { id: randomUUID() },
      {
        token: person.token,
        language: 'de',
      },
    );
    expect(error.errors?.[0].message).toBe(catalogueText('en', 'errors', 'not_found'));
  });

  it('sends an e-mail written while the recipient read German in the language they chose before it went out', async () => {
    const target = catalogueText('tr', 'emails', 'password_reset.subject') ? 'tr' : 'en';
    const person = await signedInAccount(app, uniqueEmail('queued'), STRONG_PASSWORD, 'de');
    const reset = await graphql(app, 'mutation($email: String!) { requestPasswordReset(email: $email) }', { email: person.email });
    expect(reset.errors).toBeUndefined();
    const [row] = await app.sql<{ id: string; status: string; subject: string | null; params: Record<string, unknown> }>(
      "SELECT id, status, subject, params FROM outbox_emails WHERE recipient = $1 AND template = 'password_reset'",
      [person.email],
    );
    // The outbox holds what the e-mail says, not its text; until it is sent it would go out in German.
    expect(row).toMatchObject({ status: 'pending', subject: null, params: { link: expect.stringContaining('/reset-password?token=') } });
    expect((await app.mailbox.find(row.id))?.subject).toBe(catalogueText('de', 'emails', 'password_reset.subject'));

    await graphql(app, UPDATE_PREFERENCES, { input: { preferredLanguage: target } }, { token: person.token });
    await send(row.id);

    const [sent] = await app.sql<{ status: string; language: string; subject: string; html: string; text: string }>(
      'SELECT status, language, subject, html, text FROM outbox_emails WHERE id = $1',
      [row.id],
    );
    expect(sent.status).toBe('sent');
    expect(sent.language).toBe(target);
    expect(sent.subject).toBe(catalogueText(target, 'emails', 'password_reset.subject'));
    expect(sent.subject).not.toBe(catalogueText('de', 'emails', 'password_reset.subject'));
    expect(sent.html).toContain(`dir="ltr"`);
    expect(sent.text).toContain('/reset-password?token=');
  });

  it('writes English e-mails with British dates and Berlin times with the zone, never US dates', async () => {
    const person = await signedInAccount(app, uniqueEmail('british'), STRONG_PASSWORD, 'en');
    const changed = await graphql(
      app,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: STRONG_PASSWORD, newPassword: 'Another-Strong-Passphrase-9' } },
      { token: person.token },
    );
    expect(changed.errors).toBeUndefined();
    const mail = (await app.mailbox.list(person.email)).find((message) => message.template === 'password_changed')!;
    expect(mail.language).toBe('en');
    expect(mail.text).toMatch(new RegExp(`Time of the change: ${BRITISH_DATE_TIME.source}\\.`));
    expect(mail.text).not.toMatch(US_DATE);
    expect(mail.html).toMatch(BRITISH_DATE_TIME);

    const accountId = await accountIdOf(person.email);
    await dataSource.transaction((manager) =>
      notifications.notify(manager, accountId, {
        email: {
          template: 'residency_approved',
          params: {
            district: 'Bochum',
            validUntil: param.date(new Date('2028-03-31T22:30:00Z')),
            link: `${app.config.publicUrl}/residency`,
          },
        },
      }),
    );
    const approved = (await app.mailbox.list(person.email)).find((message) => message.template === 'residency_approved')!;
    // 22:30 UTC on 31 March is 1 April in Bochum.
    expect(approved.text).toContain('1 April 2028');
    expect(approved.text).not.toMatch(US_DATE);
  });

  it('writes right-to-left e-mails with dir="rtl" and lang, keeping codes and references left to right', async () => {
    const person = await signedInAccount(app, uniqueEmail('rtl'), STRONG_PASSWORD, 'ar');
    const accountId = await accountIdOf(person.email);
    await dataSource.transaction((manager) =>
      notifications.notify(manager, accountId, {
        email: {
          template: 'payment_refunded',
          params: {
            amount: param.money(1500),
            purpose: param.key('payments:purpose.citizen_card'),
            reference: param.ltr('BO-P-2027-000042-3'),
            reason: 'x',
            refundedAt: param.dateTime(new Date('2027-01-15T13:30:00Z')),
            link: `${app.config.publicUrl}/account/receipts`,
          },
        },
      }),
    );
    const mail = (await app.mailbox.list(person.email)).find((message) => message.template === 'payment_refunded')!;
    expect(mail.language).toBe('ar');
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.html).toContain('<body dir="rtl"');
    expect(mail.html).toContain('<span dir="ltr">BO-P-2027-000042-3</span>');
    expect(mail.html).toContain(
      `<p dir="ltr" style="font-size:.85rem;word-break:break-all;text-align:left">${app.config.publicUrl}/account/receipts</p>`,
    );
    // Plain text and the subject isolate the reference (LRI … PDI), so it keeps its order inside Arabic.
    expect(mail.text).toContain('\u2066BO-P-2027-000042-3\u2069');

    const german = await signedInAccount(app, uniqueEmail('ltr'), STRONG_PASSWORD, 'de');
    await dataSource.transaction(async (manager) =>
      notifications.notify(manager, await accountIdOf(german.email), {
        email: {
          template: 'payment_refunded',
          params: { amount: param.money(1500), reference: param.ltr('BO-P-2027-000042-3'), reason: 'x' },
        },
      }),
    );
    const ltr = (await app.mailbox.list(german.email)).find((message) => message.template === 'payment_refunded')!;
    expect(ltr.html).toContain('<html lang="de-DE" dir="ltr">');
    expect(ltr.text).toContain('(Referenz BO-P-2027-000042-3)');
  });

  describe('the language of a request', () => {
    /** French once its catalogue has the text (issue 13), German before. */
    const french = catalogueText('fr', 'errors', 'unauthenticated') ? 'fr' : 'de';
    const ME = '{ me { id } }';

    it(`answers an anonymous error to Accept-Language: fr-FR in ${french === 'fr' ? 'French' : 'German (no French catalogue yet)'}`, async () => {
      const response = await graphql(app, ME, {}, { language: 'fr-FR,fr;q=0.9,en;q=0.5' });
      expect(response.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0].message).toBe(catalogueText(french, 'errors', 'unauthenticated'));
    });

    it('negotiates region and script variants and q-values, and falls back to German', async () => {
      const message = async (acceptLanguage: string) => (await graphql(app, ME, {}, { language: acceptLanguage })).errors?.[0].message;
      expect(await message('en-US,en;q=0.9')).toBe(catalogueText('en', 'errors', 'unauthenticated'));
      expect(await message('pt-BR, en-GB;q=0.7, de;q=0.3')).toBe(catalogueText('en', 'errors', 'unauthenticated'));
      expect(await message('pt-BR, ja;q=0.5')).toBe(catalogueText('de', 'errors', 'unauthenticated'));
      const chinese = catalogueText('zh', 'errors', 'unauthenticated');
      if (chinese) expect(await message('zh-Hans-CN,zh;q=0.9')).toBe(chinese);
    });

    it('takes an explicit lng before Accept-Language, on GraphQL and REST alike', async () => {
      const graphqlAnswer = await request(app.http)
        .post('/graphql?lng=en')
        .set('content-type', 'application/json')
        .set('accept-language', 'de-DE')
        .send({ query: ME });
      expect(graphqlAnswer.body.errors[0].message).toBe(catalogueText('en', 'errors', 'unauthenticated'));
      const rest = await request(app.http)
        .get('/api/payments/00000000-0000-4000-8000-000000000000/receipt.pdf?lng=en')
        .set('accept-language', 'de');
      expect(rest.status).toBe(401);
      expect(rest.body.error.message).toBe(catalogueText('en', 'errors', 'unauthenticated'));
      const unsupported = await request(app.http).post('/graphql?lng=xx').set('content-type', 'application/json').send({ query: ME });
      expect(unsupported.body.errors[0].message).toBe(catalogueText('de', 'errors', 'unauthenticated'));
    });

    it('puts the account’s preference before lng and Accept-Language, also on public operations', async () => {
      const person = await signedInAccount(app, uniqueEmail('preference'), STRONG_PASSWORD, 'en');
      const authenticated = await request(app.http)
        .post('/graphql?lng=de')
        .set('content-type', 'application/json')
        .set('accept-language', 'de-DE')
        .set('authorization', `Bearer ${person.token}`)
        .send({ query: 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }', variables: { id: randomUUID() } });
      expect(authenticated.body.errors[0].message).toBe(catalogueText('en', 'errors', 'not_found'));
      // A public operation (login) called with the token: its error speaks the account's language.
      const publicCall = await request(app.http)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('accept-language', 'de-DE')
        .set('authorization', `Bearer ${person.token}`)
        .send({
          query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
          variables: { input: { email: person.email, password: 'wrong-password-123' } },
        });
      expect(publicCall.body.errors[0].message).toBe(catalogueText('en', 'errors', 'identity.invalid_credentials'));
    });

    it('gives localized validation messages, never class-validator’s English', async () => {
      const person = await signedInAccount(app, uniqueEmail('validation'), STRONG_PASSWORD, 'de');
      const response = await graphql(app, UPDATE_PREFERENCES, { input: { preferredLanguage: 'x'.repeat(9) } }, { token: person.token });
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      for (const detail of response.errors?.[0].extensions.details ?? []) {
        expect(detail.message).not.toMatch(/must be|should|shorter than/);
      }
      expect(response.errors?.[0].extensions.details?.[0].message).toBe(catalogueText('de', 'errors', 'identity.unsupported_language'));
    });
  });
});

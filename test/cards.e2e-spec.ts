import request from 'supertest';
import { CitizenCardService } from '../src/cards/citizen-card.service.js';
import { isValidCardNumber } from '../src/cards/card-number.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { grantResidency, newDevice, publishedVerifier } from './support/cards.js';
import { eventually } from './support/sendgrid-recorder.js';

const CARD = 'id number holderName categories district validUntil status statusReason replacedByCardId';
const REQUEST = `mutation($input: RequestCitizenCardInput!) { requestCitizenCard(input: $input) { id status feeCents paymentSubjectType cardId } }`;
const MY_CARDS = `{ myCitizenCards { ${CARD} } }`;
const ACTIVATE = 'mutation($input: ActivateCardInput!) { activateCardOnDevice(input: $input) { id cardId credential statusListIndex } }';

async function residentWithCard(app: TestApp) {
  const person = await signedInAccount(app);
  await grantResidency(app, String(person.account.id), { categories: ['student', 'commuter'] });
  const requested = await graphql<any>(app, REQUEST, { input: { idempotencyKey: `key-${person.account.id}` } }, { token: person.token });
  expect(requested.errors).toBeUndefined();
  const [card] = (await graphql<any>(app, MY_CARDS, {}, { token: person.token })).data.myCitizenCards;
  return { ...person, card };
}

describe('citizen cards without a fee', () => {
  let app: TestApp;

  beforeAll(async () => {
    // 200 transactions queue on a pool of five on purpose (card numbers): they may wait longer for a connection than a request may.
    app = await createTestApp({
      FEE_CITIZEN_CARD_CENTS: '0',
      STATUS_LIST_CACHE_SECONDS: '0',
      JOBS_POLLING_INTERVAL_SECONDS: '0.5',
      DB_POOL_ACQUIRE_TIMEOUT_MS: '120000',
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses a card without an approved residency', async () => {
    const person = await signedInAccount(app);
    const refused = await graphql(app, REQUEST, { input: { idempotencyKey: 'no-residency-1' } }, { token: person.token, language: 'en' });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'You need an approved virtual residency before you can get a citizen card.',
      extensions: { code: 'FORBIDDEN', reason: 'NO_ACTIVE_RESIDENCY' },
    });
  });

  it('issues the card at once, with a check-digit number, the residency’s name, and tells the holder', async () => {
    const { card, email, token } = await residentWithCard(app);
    expect(card).toMatchObject({
      holderName: 'Erika Mustermann',
      categories: ['student', 'commuter'],
      district: 'bochum',
      status: 'active',
    });
    expect(isValidCardNumber(card.number)).toBe(true);
    const again = await graphql<any>(app, REQUEST, { input: { idempotencyKey: 'another-key-123' } }, { token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CARD_EXISTS' });
    expect((await app.mailbox.list(email)).map((mail) => mail.template)).toContain('card_issued');
  });

  it('binds the card to a device; a live code verifies, a 2-minute-old one is stale, a second device replaces the first', async () => {
    const { card, token } = await residentWithCard(app);
    const phone = await newDevice();
    const activated = await graphql<any>(app, ACTIVATE, { input: { cardId: card.id, devicePublicKey: phone.publicKey } }, { token });
    expect(activated.errors).toBeUndefined();
    const { credential, id: credentialId } = activated.data.activateCardOnDevice;

    const code = await phone.present(credential, credentialId);
    const verdict = await (await publishedVerifier(app)).verify(code, { requiredCategories: ['commuter'] });
    expect(verdict).toMatchObject({ valid: true, eligible: true, reason: null, presentation: 'device' });
    expect(JSON.stringify(verdict)).not.toMatch(/Erika|Mustermann|@example/);
    expect((await (await publishedVerifier(app)).verify(code, { now: Date.now() + 120_000 })).reason).toBe('STALE_PRESENTATION');

    const tablet = await newDevice();
    const moved = await graphql<any>(app, ACTIVATE, { input: { cardId: card.id, devicePublicKey: tablet.publicKey } }, { token });
    const newCredential = moved.data.activateCardOnDevice;
    const verifier = await publishedVerifier(app);
    expect((await verifier.verify(await phone.present(credential, credentialId))).reason).toBe('REVOKED');
    expect((await verifier.verify(await tablet.present(newCredential.credential, newCredential.id))).valid).toBe(true);
    const current = await graphql<any>(app, 'query($id: ID!) { myCardCredential(cardId: $id) { id } }', { id: card.id }, { token });
    expect(current.data.myCardCredential.id).toBe(newCredential.id);
  });

  it('refuses a device key that is not a public P-256 key', async () => {
    const { card, token } = await residentWithCard(app);
    const bogus = await graphql(
      app,
      ACTIVATE,
      { input: { cardId: card.id, devicePublicKey: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'B'.repeat(43) } } },
      { token },
    );
    expect(bogus.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DEVICE_KEY' });
    const wrongCurve = await graphql(
      app,
      ACTIVATE,
      { input: { cardId: card.id, devicePublicKey: { kty: 'EC', crv: 'P-384', x: 'A'.repeat(43), y: 'B'.repeat(43) } } },
      { token },
    );
    expect(wrongCurve.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('never lets another account read or change this card, whatever id it sends', async () => {
    const { card } = await residentWithCard(app);
    const intruder = await signedInAccount(app);
    const phone = await newDevice();
    const attempts = [
      graphql(app, 'query($id: ID!) { myCardCredential(cardId: $id) { id } }', { id: card.id }, { token: intruder.token }),
      graphql(app, ACTIVATE, { input: { cardId: card.id, devicePublicKey: phone.publicKey } }, { token: intruder.token }),
      graphql(app, 'mutation($id: ID!) { reportCardLost(cardId: $id) { id } }', { id: card.id }, { token: intruder.token }),
      graphql(app, 'mutation($id: ID!) { replaceCitizenCard(cardId: $id) { id } }', { id: card.id }, { token: intruder.token }),
    ];
    for (const attempt of await Promise.all(attempts)) expect(attempt.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await graphql<any>(app, MY_CARDS, {}, { token: intruder.token })).data.myCitizenCards).toEqual([]);
    const pdf = await request(app.http).get(`/api/cards/${card.id}/card.pdf`).set('authorization', `Bearer ${intruder.token}`);
    expect(pdf.status).toBe(404);
    const staffOnly = await graphql(
      app,
      'mutation($input: CardStatusChangeInput!) { revokeCitizenCard(input: $input) { id } }',
      { input: { cardId: card.id, reason: 'because' } },
      { token: intruder.token },
    );
    expect(staffOnly.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const [{ status }] = await app.sql<{ status: string }>('SELECT status FROM citizen_cards WHERE id = $1', [card.id]);
    expect(status).toBe('active');
  });

  it('lets staff find a card by number and suspend, resume and revoke it with a reason, audited and notified', async () => {
    const { card, token, email } = await residentWithCard(app);
    const phone = await newDevice();
    const { credential, id } = (
      await graphql<any>(app, ACTIVATE, { input: { cardId: card.id, devicePublicKey: phone.publicKey } }, { token })
    ).data.activateCardOnDevice;
    const staff = (await accountWithRoles(app, ['staff_citizens_office'])).token;

    const typo = card.number
      .replace(/\s/g, '')
      .replace(/^(\d{5})(\d)/, (_: string, head: string, digit: string) => head + ((Number(digit) + 1) % 10));
    expect(
      (await graphql(app, 'query($n: String!) { citizenCardByNumber(number: $n) { id } }', { n: typo }, { token: staff })).errors?.[0]
        .extensions.code,
    ).toBe('BAD_USER_INPUT');
    const found = await graphql<any>(
      app,
      `query($n: String!) { citizenCardByNumber(number: $n) { ${CARD} } }`,
      { n: card.number },
      { token: staff },
    );
    expect(found.data.citizenCardByNumber.id).toBe(card.id);

    const CHANGE = (action: string) => `mutation($input: CardStatusChangeInput!) { ${action}(input: $input) { status statusReason } }`;
    expect(
      (await graphql(app, CHANGE('suspendCitizenCard'), { input: { cardId: card.id, reason: ' ' } }, { token: staff })).errors?.[0]
        .extensions.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await graphql<any>(
          app,
          CHANGE('suspendCitizenCard'),
          { input: { cardId: card.id, reason: 'misuse reported by a venue' } },
          { token: staff },
        )
      ).data.suspendCitizenCard.status,
    ).toBe('suspended');
    expect((await (await publishedVerifier(app)).verify(await phone.present(credential, id))).reason).toBe('SUSPENDED');
    expect(
      (await graphql<any>(app, CHANGE('resumeCitizenCard'), { input: { cardId: card.id, reason: 'checked, all fine' } }, { token: staff }))
        .data.resumeCitizenCard.status,
    ).toBe('active');
    expect((await (await publishedVerifier(app)).verify(await phone.present(credential, id))).valid).toBe(true);
    expect(
      (
        await graphql<any>(
          app,
          CHANGE('revokeCitizenCard'),
          { input: { cardId: card.id, reason: 'residency obtained by fraud' } },
          { token: staff },
        )
      ).data.revokeCitizenCard.status,
    ).toBe('revoked');
    expect((await (await publishedVerifier(app)).verify(await phone.present(credential, id))).reason).toBe('REVOKED');
    expect(
      (await graphql(app, CHANGE('resumeCitizenCard'), { input: { cardId: card.id, reason: 'undo' } }, { token: staff })).errors?.[0]
        .extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATE' });

    const audit = await app.sql<{ action: string }>('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at', [
      card.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['card.issued', 'card.looked_up', 'card.suspended', 'card.resumed', 'card.revoked']),
    );
    const templates = (await app.mailbox.list(email)).map((mail) => mail.template);
    expect(templates).toEqual(expect.arrayContaining(['card_suspended', 'card_resumed', 'card_revoked']));
  });

  it('suspends a card reported lost and replaces it with a new number; the old one stops working', async () => {
    const { card, token } = await residentWithCard(app);
    const phone = await newDevice();
    const { credential, id } = (
      await graphql<any>(app, ACTIVATE, { input: { cardId: card.id, devicePublicKey: phone.publicKey } }, { token })
    ).data.activateCardOnDevice;
    const lost = await graphql<any>(
      app,
      'mutation($id: ID!) { reportCardLost(cardId: $id) { status statusReason } }',
      { id: card.id },
      { token },
    );
    expect(lost.data.reportCardLost).toEqual({ status: 'suspended', statusReason: 'lost' });
    const replacement = await graphql<any>(
      app,
      `mutation($id: ID!) { replaceCitizenCard(cardId: $id) { ${CARD} } }`,
      { id: card.id },
      { token },
    );
    expect(replacement.data.replaceCitizenCard.number).not.toBe(card.number);
    expect(replacement.data.replaceCitizenCard.status).toBe('active');
    const cards = (await graphql<any>(app, MY_CARDS, {}, { token })).data.myCitizenCards;
    expect(cards.find((candidate: { id: string }) => candidate.id === card.id)).toMatchObject({
      status: 'replaced',
      replacedByCardId: replacement.data.replaceCitizenCard.id,
    });
    expect((await (await publishedVerifier(app)).verify(await phone.present(credential, id))).reason).toBe('REVOKED');
  });

  it('renews a card near its end, keeping the device binding with a new credential', async () => {
    const person = await signedInAccount(app);
    await grantResidency(app, String(person.account.id), { validDays: 30 });
    await graphql(app, REQUEST, { input: { idempotencyKey: `renew-${person.account.id}` } }, { token: person.token });
    const [card] = (await graphql<any>(app, MY_CARDS, {}, { token: person.token })).data.myCitizenCards;
    const phone = await newDevice();
    const first = (
      await graphql<any>(app, ACTIVATE, { input: { cardId: card.id, devicePublicKey: phone.publicKey } }, { token: person.token })
    ).data.activateCardOnDevice;
    const RENEW = `mutation($id: ID!) { renewCitizenCard(cardId: $id) { validUntil } }`;

    const blocked = await graphql(app, RENEW, { id: card.id }, { token: person.token });
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESIDENCY_ENDS_FIRST' });
    await app.sql("UPDATE residencies SET valid_until = now() + interval '400 days' WHERE account_id = $1", [person.account.id]);
    const renewed = await graphql<any>(app, RENEW, { id: card.id }, { token: person.token });
    expect(new Date(renewed.data.renewCitizenCard.validUntil).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    const tooEarly = await graphql(app, RENEW, { id: card.id }, { token: person.token });
    expect(tooEarly.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOO_EARLY_TO_RENEW' });

    const second = (
      await graphql<any>(
        app,
        'query($id: ID!) { myCardCredential(cardId: $id) { id credential } }',
        { id: card.id },
        { token: person.token },
      )
    ).data.myCardCredential;
    expect(second.id).not.toBe(first.id);
    const verifier = await publishedVerifier(app);
    expect((await verifier.verify(await phone.present(first.credential, first.id))).reason).toBe('REVOKED');
    expect((await verifier.verify(await phone.present(second.credential, second.id))).valid).toBe(true);
  });

  it('serves the PDF card to its holder', async () => {
    const { card, token } = await residentWithCard(app);
    const pdf = await request(app.http)
      .get(`/api/cards/${card.id}/card.pdf`)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives no two of 200 concurrently issued cards the same number', async () => {
    const person = await signedInAccount(app);
    const residencyId = await grantResidency(app, String(person.account.id));
    const cards = app.app.get(CitizenCardService);
    const dataSource = app.app.get((await import('typeorm')).DataSource);
    const residency = {
      id: residencyId,
      categories: ['student'],
      district: 'bochum',
      validUntil: new Date(Date.now() + 86_400_000),
      holderName: { givenName: 'Erika', familyName: 'Mustermann' },
    };
    const issued = await Promise.all(
      Array.from({ length: 200 }, () =>
        dataSource.transaction((manager) => cards.issue(manager, { accountId: String(person.account.id), residency })),
      ),
    );
    expect(new Set(issued.map((card) => card.number)).size).toBe(200);
    const [{ n }] = await app.sql<{ n: number }>(
      'SELECT count(DISTINCT status_list_index)::int AS n FROM card_credentials WHERE card_id = ANY($1)',
      [issued.map((card) => card.id)],
    );
    expect(n).toBe(200);
  }, 120_000);
});

describe('citizen cards with a fee, paid in the sandbox', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '1500', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('waits for the payment, then issues the card', async () => {
    const person = await signedInAccount(app);
    await grantResidency(app, String(person.account.id));
    const requested = await graphql<any>(app, REQUEST, { input: { idempotencyKey: 'paid-card-request-1' } }, { token: person.token });
    const cardRequest = requested.data.requestCitizenCard;
    expect(cardRequest).toMatchObject({ status: 'awaiting_payment', feeCents: 1500, paymentSubjectType: 'card_request', cardId: null });
    expect((await graphql<any>(app, MY_CARDS, {}, { token: person.token })).data.myCitizenCards).toEqual([]);

    const stranger = await signedInAccount(app);
    const START = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { id checkoutUrl status } }';
    const payForOther = await graphql(
      app,
      START,
      { input: { purpose: 'citizen_card', subjectType: 'card_request', subjectId: cardRequest.id, idempotencyKey: 'stranger-pays-1' } },
      { token: stranger.token },
    );
    expect(payForOther.errors?.[0].extensions.code).toBeDefined();

    const started = await graphql<any>(
      app,
      START,
      { input: { purpose: 'citizen_card', subjectType: 'card_request', subjectId: cardRequest.id, idempotencyKey: 'card-fee-payment-1' } },
      { token: person.token },
    );
    expect(started.errors).toBeUndefined();
    const sessionId = /([A-Za-z0-9_-]+)$/.exec(started.data.startPayment.checkoutUrl)![1];
    const paid = await request(app.http).post(`/api/payments/sandbox/checkout-sessions/${sessionId}/pay`);
    expect(paid.status).toBe(200);

    const card = await eventually(
      async () => (await graphql<any>(app, MY_CARDS, {}, { token: person.token })).data.myCitizenCards[0],
      30_000,
      200,
    );
    expect(card.status).toBe('active');
    const [stored] = await app.sql<{ status: string; card_id: string }>('SELECT status, card_id FROM card_requests WHERE id = $1', [
      cardRequest.id,
    ]);
    expect(stored).toEqual({ status: 'issued', card_id: card.id });
  });
});

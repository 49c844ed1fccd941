import pg from 'pg';
import request from 'supertest';
import { CitizenCardService } from '../src/cards/citizen-card.service.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { grantResidency, newDevice, publishedVerifier } from './support/cards.js';
import { outcomes } from './support/concurrency.js';
import { eventually } from './support/sendgrid-recorder.js';

/**
 * Issue 12, item 2: staff suspension and revocation bind the person's entitlement, not one card
 * object. While it is suspended or revoked nothing replaces, requests, renews or activates a card,
 * and every card of the person verifies as suspended/revoked; only staff lifting it restores it.
 */
const CARD = 'id number status statusReason entitlementStatus replacedByCardId';
const REQUEST = `mutation($input: RequestCitizenCardInput!) { requestCitizenCard(input: $input) { id status cardId } }`;
const MY_CARDS = `{ myCitizenCards { ${CARD} } }`;
const ACTIVATE = 'mutation($input: ActivateCardInput!) { activateCardOnDevice(input: $input) { id cardId credential statusListIndex } }';
const REPLACE = `mutation($id: ID!) { replaceCitizenCard(cardId: $id) { ${CARD} } }`;
const REPORT_LOST = `mutation($id: ID!) { reportCardLost(cardId: $id) { ${CARD} } }`;
const RENEW = `mutation($id: ID!) { renewCitizenCard(cardId: $id) { validUntil } }`;
const CHANGE = (action: string) => `mutation($input: CardStatusChangeInput!) { ${action}(input: $input) { ${CARD} } }`;
const BY_NUMBER = `query($n: String!) { citizenCardByNumber(number: $n) { ${CARD} } }`;

describe('the card entitlement (suspension and revocation bind the person)', () => {
  let app: TestApp;
  let staff: string;

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '0', STATUS_LIST_CACHE_SECONDS: '0' });
    staff = (await accountWithRoles(app, ['staff_citizens_office'])).token;
  });

  afterAll(async () => {
    await app?.close();
  });

  async function residentWithActivatedCard() {
    const person = await signedInAccount(app);
    await grantResidency(app, String(person.account.id));
    const requested = await graphql<any>(app, REQUEST, { input: { idempotencyKey: `key-${person.account.id}` } }, { token: person.token });
    expect(requested.errors).toBeUndefined();
    const [card] = (await graphql<any>(app, MY_CARDS, {}, { token: person.token })).data.myCitizenCards;
    const phone = await newDevice();
    const activated = await graphql<any>(
      app,
      ACTIVATE,
      { input: { cardId: card.id, devicePublicKey: phone.publicKey } },
      { token: person.token },
    );
    expect(activated.errors).toBeUndefined();
    const { credential, id } = activated.data.activateCardOnDevice;
    return { ...person, card, phone, verify: async () => (await publishedVerifier(app)).verify(await phone.present(credential, id)) };
  }

  const cardsOf = async (accountId: unknown) =>
    app.sql<{ id: string; status: string }>('SELECT id, status FROM citizen_cards WHERE account_id = $1 ORDER BY created_at', [accountId]);

  it('refuses the holder a replacement of a card staff suspended: no new card, the card stays suspended, the holder is told what to do', async () => {
    const { card, token, account, verify } = await residentWithActivatedCard();
    const suspended = await graphql<any>(
      app,
      CHANGE('suspendCitizenCard'),
      { input: { cardId: card.id, reason: 'misuse reported by a venue' } },
      { token: staff },
    );
    expect(suspended.data.suspendCitizenCard).toMatchObject({
      status: 'suspended',
      statusReason: 'misuse reported by a venue',
      entitlementStatus: 'suspended',
    });

    const replaced = await graphql<any>(app, REPLACE, { id: card.id }, { token, language: 'en' });
    expect(replaced.data).toBeNull();
    expect(replaced.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Please contact the citizens’ office'),
      extensions: { code: 'FORBIDDEN', reason: 'ENTITLEMENT_SUSPENDED' },
    });
    expect(await cardsOf(account.id)).toEqual([{ id: card.id, status: 'active' }]);
    // The holder sees the card suspended by the office, without staff's reason.
    const [mine] = (await graphql<any>(app, MY_CARDS, {}, { token })).data.myCitizenCards;
    expect(mine).toMatchObject({
      id: card.id,
      status: 'suspended',
      statusReason: null,
      entitlementStatus: 'suspended',
      replacedByCardId: null,
    });
    // Staff see the reason.
    expect((await graphql<any>(app, BY_NUMBER, { n: card.number }, { token: staff })).data.citizenCardByNumber).toMatchObject({
      status: 'suspended',
      statusReason: 'misuse reported by a venue',
    });
    expect((await verify()).reason).toBe('SUSPENDED');

    // Reporting it lost (still the holder's to do) does not open the way to a replacement either.
    expect((await graphql<any>(app, REPORT_LOST, { id: card.id }, { token })).data.reportCardLost).toMatchObject({
      status: 'suspended',
      statusReason: 'lost',
    });
    expect((await graphql<any>(app, REPLACE, { id: card.id }, { token })).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ENTITLEMENT_SUSPENDED',
    });
    expect((await cardsOf(account.id)).map((row) => row.status)).toEqual(['suspended']);
  });

  it('refuses a new card request, a device activation and a renewal while suspended', async () => {
    const { card, token, account } = await residentWithActivatedCard();
    await app.sql("UPDATE residencies SET valid_until = now() + interval '400 days' WHERE account_id = $1", [account.id]);
    await app.sql("UPDATE citizen_cards SET valid_until = now() + interval '10 days' WHERE id = $1", [card.id]);
    await graphql(app, CHANGE('suspendCitizenCard'), { input: { cardId: card.id, reason: 'under investigation' } }, { token: staff });

    const refusals = [
      await graphql(app, REQUEST, { input: { idempotencyKey: 'while-suspended-1' } }, { token }),
      await graphql(app, ACTIVATE, { input: { cardId: card.id, devicePublicKey: (await newDevice()).publicKey } }, { token }),
      await graphql(app, RENEW, { id: card.id }, { token }),
    ];
    expect(outcomes(refusals)).toEqual({ 'FORBIDDEN:ENTITLEMENT_SUSPENDED': 3 });
    const [{ n }] = await app.sql<{ n: number }>("SELECT count(*)::int AS n FROM card_credentials WHERE card_id = $1 AND kind = 'device'", [
      card.id,
    ]);
    expect(n).toBe(1);
    const [{ validUntil }] = await app.sql<{ validUntil: Date }>('SELECT valid_until AS "validUntil" FROM citizen_cards WHERE id = $1', [
      card.id,
    ]);
    expect(validUntil.getTime()).toBeLessThan(Date.now() + 11 * 86_400_000);
  });

  it('makes the card active again when staff lift the suspension; a lost card is then replaced the normal way', async () => {
    const { card, token, account, verify } = await residentWithActivatedCard();
    await graphql(app, CHANGE('suspendCitizenCard'), { input: { cardId: card.id, reason: 'checking a complaint' } }, { token: staff });
    expect((await verify()).reason).toBe('SUSPENDED');

    const lifted = await graphql<any>(
      app,
      CHANGE('resumeCitizenCard'),
      { input: { cardId: card.id, reason: 'complaint unfounded' } },
      { token: staff },
    );
    expect(lifted.data.resumeCitizenCard).toMatchObject({ status: 'active', entitlementStatus: 'active' });
    expect((await graphql<any>(app, MY_CARDS, {}, { token })).data.myCitizenCards[0]).toMatchObject({
      id: card.id,
      status: 'active',
      entitlementStatus: 'active',
    });
    expect((await verify()).valid).toBe(true);
    // Lifting twice is not possible.
    expect(
      (await graphql(app, CHANGE('resumeCitizenCard'), { input: { cardId: card.id, reason: 'again' } }, { token: staff })).errors?.[0]
        .extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATE' });

    await graphql(app, REPORT_LOST, { id: card.id }, { token });
    const replacement = await graphql<any>(app, REPLACE, { id: card.id }, { token });
    expect(replacement.errors).toBeUndefined();
    expect(replacement.data.replaceCitizenCard.status).toBe('active');
    expect((await cardsOf(account.id)).map((row) => row.status)).toEqual(['replaced', 'active']);
  });

  it('suspends every card of the person, whichever card staff found', async () => {
    const { card, token, account, verify } = await residentWithActivatedCard();
    await graphql(app, REPORT_LOST, { id: card.id }, { token });
    const replacement = (await graphql<any>(app, REPLACE, { id: card.id }, { token })).data.replaceCitizenCard;
    const phone = await newDevice();
    const bound = (await graphql<any>(app, ACTIVATE, { input: { cardId: replacement.id, devicePublicKey: phone.publicKey } }, { token }))
      .data.activateCardOnDevice;

    // Staff act on the old (replaced) card they were shown: the person's entitlement is suspended.
    const suspended = await graphql<any>(
      app,
      CHANGE('suspendCitizenCard'),
      { input: { cardId: card.id, reason: 'identity doubts' } },
      { token: staff },
    );
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data.suspendCitizenCard.entitlementStatus).toBe('suspended');
    expect((await (await publishedVerifier(app)).verify(await phone.present(bound.credential, bound.id))).reason).toBe('SUSPENDED');
    expect((await verify()).reason).toBe('REVOKED');
    expect((await cardsOf(account.id)).map((row) => row.status)).toEqual(['replaced', 'active']);
  });

  it('refuses a new card once staff revoked the entitlement; nothing lifts a revocation by resuming', async () => {
    const { card, token, account, verify } = await residentWithActivatedCard();
    const revoked = await graphql<any>(
      app,
      CHANGE('revokeCitizenCard'),
      { input: { cardId: card.id, reason: 'residency obtained by fraud' } },
      { token: staff },
    );
    expect(revoked.data.revokeCitizenCard).toMatchObject({ status: 'revoked', entitlementStatus: 'revoked' });
    expect((await verify()).reason).toBe('REVOKED');

    const again = await graphql<any>(app, REQUEST, { input: { idempotencyKey: 'after-revocation-1' } }, { token, language: 'en' });
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringContaining('revoked'),
      extensions: { code: 'FORBIDDEN', reason: 'ENTITLEMENT_REVOKED' },
    });
    const [{ requests }] = await app.sql<{ requests: number }>(
      'SELECT count(*)::int AS requests FROM card_requests WHERE account_id = $1',
      [account.id],
    );
    expect(requests).toBe(1);
    expect(await cardsOf(account.id)).toEqual([{ id: card.id, status: 'revoked' }]);
    expect(
      (await graphql(app, CHANGE('resumeCitizenCard'), { input: { cardId: card.id, reason: 'undo' } }, { token: staff })).errors?.[0]
        .extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATE' });
  });

  it('lets another domain suspend the entitlement by account (e.g. a refunded card fee), once', async () => {
    const { card, token, account, verify } = await residentWithActivatedCard();
    const cards = app.app.get(CitizenCardService);
    await expect(cards.suspendEntitlement(null, String(account.id), 'card fee refunded')).resolves.toBe(true);
    await expect(cards.suspendEntitlement(null, String(account.id), 'card fee refunded')).resolves.toBe(false);
    expect((await verify()).reason).toBe('SUSPENDED');
    await graphql(app, REPORT_LOST, { id: card.id }, { token });
    expect((await graphql(app, REPLACE, { id: card.id }, { token })).errors?.[0].extensions).toMatchObject({
      reason: 'ENTITLEMENT_SUSPENDED',
    });
    const [audit] = await app.sql<{ action: string }>(
      "SELECT action FROM audit_events WHERE subject_type = 'card_entitlement' AND subject_id = $1",
      [account.id],
    );
    expect(audit.action).toBe('card.entitlement_suspended');
  });

  it('lets the database decide a replacement racing a suspension: a replacement waiting on the suspension is refused', async () => {
    const { card, token, account } = await residentWithActivatedCard();
    await graphql(app, REPORT_LOST, { id: card.id }, { token });
    // Staff's suspension is under way in another session and holds the entitlement row.
    const staffSession = new pg.Client({ connectionString: app.databaseUrl });
    await staffSession.connect();
    try {
      await staffSession.query('BEGIN');
      await staffSession.query(
        `INSERT INTO card_entitlements (account_id, status, reason) VALUES ($1, 'suspended', 'fraud suspected')
         ON CONFLICT (account_id) DO UPDATE SET status = 'suspended', reason = 'fraud suspected'`,
        [account.id],
      );
      let settled = false;
      const replacing = graphql<any>(app, REPLACE, { id: card.id }, { token }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(settled).toBe(false);
      await staffSession.query('COMMIT');
      expect((await replacing).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ENTITLEMENT_SUSPENDED' });
    } finally {
      await staffSession.end();
    }
    expect(await cardsOf(account.id)).toEqual([{ id: card.id, status: 'suspended' }]);
  });

  it('decides concurrent replacements and suspensions consistently: the suspension always holds, and no card of the person stays usable', async () => {
    const outcomesSeen = new Set<string>();
    for (let round = 0; round < 6; round += 1) {
      const { card, token, account } = await residentWithActivatedCard();
      await graphql(app, REPORT_LOST, { id: card.id }, { token });
      const [replaced, suspended] = await Promise.all([
        graphql<any>(app, REPLACE, { id: card.id }, { token }),
        graphql<any>(app, CHANGE('suspendCitizenCard'), { input: { cardId: card.id, reason: `race ${round}` } }, { token: staff }),
      ]);
      expect(suspended.errors).toBeUndefined();
      const rows = await cardsOf(account.id);
      if (replaced.errors) {
        // The suspension locked first: no new card, the old one stays suspended.
        expect(replaced.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ENTITLEMENT_SUSPENDED' });
        expect(rows).toEqual([{ id: card.id, status: 'suspended' }]);
        outcomesSeen.add('suspension first');
      } else {
        // The replacement committed first: the suspension then binds the new card too.
        expect(rows.map((row) => row.status)).toEqual(['replaced', 'active']);
        outcomesSeen.add('replacement first');
      }
      const mine = (await graphql<any>(app, MY_CARDS, {}, { token })).data.myCitizenCards;
      expect(mine.filter((row: { status: string }) => row.status === 'active')).toEqual([]);
      expect(mine.every((row: { entitlementStatus: string }) => row.entitlementStatus === 'suspended')).toBe(true);
      const [{ status }] = await app.sql<{ status: string }>('SELECT status FROM card_entitlements WHERE account_id = $1', [account.id]);
      expect(status).toBe('suspended');
    }
    expect(outcomesSeen.size).toBeGreaterThan(0);
  }, 60_000);
});

describe('a card fee paid while the entitlement is suspended or revoked', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '1500', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
  });

  afterAll(async () => {
    await app?.close();
  });

  /** A resident whose card request awaits its fee, and a way to pay it in the sandbox. */
  async function requestAwaitingFee() {
    const person = await signedInAccount(app);
    await grantResidency(app, String(person.account.id));
    const cardRequest = (
      await graphql<any>(app, REQUEST, { input: { idempotencyKey: `fee-${person.account.id}` } }, { token: person.token })
    ).data.requestCitizenCard;
    expect(cardRequest.status).toBe('awaiting_payment');
    const pay = async () => {
      const START = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { checkoutUrl } }';
      const started = await graphql<any>(
        app,
        START,
        {
          input: {
            purpose: 'citizen_card',
            subjectType: 'card_request',
            subjectId: cardRequest.id,
            idempotencyKey: `pay-${cardRequest.id}`,
          },
        },
        { token: person.token },
      );
      expect(started.errors).toBeUndefined();
      const sessionId = /([A-Za-z0-9_-]+)$/.exec(started.data.startPayment.checkoutUrl)![1];
      expect((await request(app.http).post(`/api/payments/sandbox/checkout-sessions/${sessionId}/pay`)).status).toBe(200);
    };
    return { ...person, cardRequest, pay };
  }

  it('issues the paid card suspended with the person, active once staff lift the suspension', async () => {
    const { account, token, pay } = await requestAwaitingFee();
    await app.app.get(CitizenCardService).suspendEntitlement(null, String(account.id), 'checking the payment');
    await pay();
    const card = await eventually(async () => (await graphql<any>(app, MY_CARDS, {}, { token })).data.myCitizenCards[0], 30_000, 200);
    expect(card).toMatchObject({ status: 'suspended', entitlementStatus: 'suspended', statusReason: null });
    const staff = (await accountWithRoles(app, ['staff_citizens_office'])).token;
    const lifted = await graphql<any>(
      app,
      CHANGE('resumeCitizenCard'),
      { input: { cardId: card.id, reason: 'payment fine' } },
      { token: staff },
    );
    expect(lifted.data.resumeCitizenCard).toMatchObject({ status: 'active', entitlementStatus: 'active' });
  });

  it('issues no card for a fee paid after the entitlement was revoked', async () => {
    const { account, cardRequest, pay } = await requestAwaitingFee();
    await app.sql(
      "INSERT INTO card_entitlements (account_id, status, reason) VALUES ($1, 'revoked', 'fraud') ON CONFLICT (account_id) DO UPDATE SET status = 'revoked'",
      [account.id],
    );
    await pay();
    await eventually(
      async () =>
        (
          await app.sql<{ state: string }>(
            "SELECT state FROM pgboss.job WHERE name = 'payment.succeeded.cards' AND data->>'subjectId' = $1 AND state = 'completed'",
            [cardRequest.id],
          )
        )[0],
      30_000,
      200,
    );
    expect(await app.sql('SELECT id FROM citizen_cards WHERE account_id = $1', [account.id])).toEqual([]);
    const [stored] = await app.sql<{ status: string }>('SELECT status FROM card_requests WHERE id = $1', [cardRequest.id]);
    expect(stored.status).toBe('awaiting_payment');
  });
});

import { createHash } from 'node:crypto';
import request from 'supertest';
import { CardIssuerService } from '../src/cards/issuer/card-issuer.service.js';
import { CREDENTIAL_TYPE, staticCode } from '../packages/shared/src/index.js';
import { VerificationLogWriter } from '../src/venues/partner/verification-log.writer.js';
import { RetentionService } from '../src/privacy/index.js';
import { graphql } from './support/graphql.js';
import { newDevice } from './support/cards.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { accountWithRoles } from './support/accounts.js';
import { createApiKey, residentWithPhone, venueWithOperator } from './support/venues.js';

const PERSONAL = /^(name|holderName|givenName|familyName|address|birthDate|dateOfBirth|email|accountId|cardId|number|holder|id)$/;

/** Fails on any personal field anywhere in a verification answer (the verification and offer ids are allowed). */
function expectPredicatesOnly(body: unknown, path = ''): void {
  if (Array.isArray(body)) return body.forEach((item, index) => expectPredicatesOnly(item, `${path}[${index}]`));
  if (body === null || typeof body !== 'object') {
    expect(String(body)).not.toMatch(/Erika|Mustermann|@example\.org/);
    return;
  }
  for (const [key, value] of Object.entries(body)) {
    // The name of a printed card (to compare with a photo ID) is the only exception: tested in cards-sd-jwt.e2e-spec.ts.
    if (key === 'holderName' && value === null) continue;
    if (!(key === 'id' && path === '.offer')) expect(`${path}.${key}`).not.toMatch(new RegExp(`\\.(${PERSONAL.source.slice(2, -2)})$`));
    expectPredicatesOnly(value, `${path}.${key}`);
  }
}

describe('partner venues and discount verification', () => {
  let app: TestApp;
  let staff: string;
  const answers: unknown[] = [];

  const verify = async (key: string | null, body: object, language = 'de') => {
    let call = request(app.http).post('/api/partner/v1/verifications').set('accept-language', language);
    if (key !== null) call = call.set('authorization', `Bearer ${key}`);
    const response = await call.send(body);
    if (response.status === 200) answers.push(response.body);
    return response;
  };

  beforeAll(async () => {
    app = await createTestApp({
      FEE_CITIZEN_CARD_CENTS: '0',
      STATUS_LIST_CACHE_SECONDS: '0',
      PARTNER_RATE_LIMIT_PER_MINUTE: '40',
      PARTNER_KEY_CACHE_SECONDS: '3600',
    });
    staff = (await accountWithRoles(app, ['staff_citizens_office'])).token;
  });

  afterAll(async () => {
    for (const answer of answers) expectPredicatesOnly(answer);
    await app.close();
  });

  it('creates keys shown once and stored only as a hash; at most two active', async () => {
    const { operator } = await venueWithOperator(app, staff);
    const { key, apiKey } = await createApiKey(app, operator.token);
    expect(key).toMatch(/^bo_test_[0-9A-Za-z]{30}$/);
    const [row] = await app.sql<any>('SELECT * FROM venue_api_keys WHERE id = $1', [apiKey.id]);
    expect(row.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(key);
    const listed = await graphql<any>(app, '{ venueApiKeys { id name prefix revokedAt } }', {}, { token: operator.token });
    expect(listed.data.venueApiKeys).toEqual([{ id: apiKey.id, name: 'Kasse 1', prefix: key.slice(0, 12), revokedAt: null }]);
    await createApiKey(app, operator.token, 'Kasse 2');
    const third = await graphql(app, 'mutation { createVenueApiKey(input: { name: "Kasse 3" }) { key } }', {}, { token: operator.token });
    expect(third.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOO_MANY_KEYS' });
    const audit = await app.sql<any>(`SELECT action FROM audit_events WHERE subject_id = $1`, [apiKey.id]);
    expect(audit.map((entry: any) => entry.action)).toContain('venue.api_key_created');
  });

  it('answers every reason exactly per the contract, with predicates only', async () => {
    const { operator, offers } = await venueWithOperator(app, staff, [
      { categories: ['student'], discountPercent: 50 },
      { categories: ['commuter'], discountPercent: 20 },
    ]);
    const { key } = await createApiKey(app, operator.token);
    const student = await residentWithPhone(app, ['student']);

    const ok = await verify(key, { code: await student.present(), offerId: offers[0].id });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      verificationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      valid: true,
      eligible: true,
      reason: null,
      card: { status: 'active', validUntil: expect.any(String), categories: ['student'] },
      offer: { id: offers[0].id, title: 'Ermäßigter Eintritt', titleLanguage: 'de', discountPercent: 50, fixedPriceCents: null },
      repeatedPresentation: false,
      presentation: 'phone',
      holderName: null,
      notice: null,
      printedCardUsesToday: null,
    });
    const withoutOffer = await verify(key, { code: await student.present() }, 'en');
    expect(withoutOffer.body).toMatchObject({ valid: true, eligible: true, reason: null, offer: null });

    const reasons: Record<string, unknown> = {};
    reasons.NOT_ELIGIBLE = (await verify(key, { code: await student.present(), offerId: offers[1].id })).body;
    reasons.UNKNOWN_CARD = (await verify(key, { code: 'https://example.org/not-a-card' })).body;
    const thief = await newDevice();
    reasons.INVALID_SIGNATURE = (await verify(key, { code: await thief.present(student.credential, student.credentialId) })).body;
    reasons.STALE_PRESENTATION = (await verify(key, { code: await student.present(Date.now() - 120_000) })).body;
    const issuer = app.app.get(CardIssuerService);
    const past = Math.floor(Date.now() / 1000) - 86_400;
    const expired = await issuer.sign(CREDENTIAL_TYPE, {
      jti: 'expired-1',
      cid: student.card.id,
      cat: ['student'],
      dst: 'bochum',
      nbf: past - 86_400 * 365,
      exp: past,
      sli: student.statusListIndex,
    });
    reasons.EXPIRED = (await verify(key, { code: staticCode(expired) })).body;

    const lost = await residentWithPhone(app, ['student']);
    await graphql(app, 'mutation($id: ID!) { reportCardLost(cardId: $id) { status } }', { id: lost.card.id }, { token: lost.token });
    reasons.SUSPENDED = (await verify(key, { code: await lost.present() })).body;
    const revoked = await residentWithPhone(app, ['student']);
    await graphql(
      app,
      'mutation($input: CardStatusChangeInput!) { revokeCitizenCard(input: $input) { status } }',
      { input: { cardId: revoked.card.id, reason: 'fraud' } },
      { token: staff },
    );
    reasons.REVOKED = (await verify(key, { code: await revoked.present() })).body;

    for (const [reason, body] of Object.entries(reasons)) {
      expect(body).toMatchObject({
        reason,
        eligible: false,
        verificationId: expect.any(String),
        offer: reason === 'NOT_ELIGIBLE' ? expect.objectContaining({ id: offers[1].id }) : null,
      });
      expect(Object.keys(body as object).sort()).toEqual([
        'card',
        'eligible',
        'holderName',
        'notice',
        'offer',
        'presentation',
        'printedCardUsesToday',
        'reason',
        'repeatedPresentation',
        'valid',
        'verificationId',
      ]);
      expect(body).toMatchObject({ holderName: null, notice: null, printedCardUsesToday: null });
    }
    expect(reasons.NOT_ELIGIBLE).toMatchObject({ valid: true, card: { status: 'active' } });
    expect(reasons.SUSPENDED).toMatchObject({ valid: false, card: { status: 'suspended' } });
    expect(reasons.REVOKED).toMatchObject({ valid: false, card: { status: 'revoked' } });
    expect(reasons.EXPIRED).toMatchObject({ valid: false, card: { status: 'expired' } });
  });

  it('refuses malformed requests with 400 and missing or unknown keys with 401', async () => {
    const { operator } = await venueWithOperator(app, staff);
    const { key } = await createApiKey(app, operator.token);
    const missing = await verify(null, { code: 'x' });
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_MISSING' });
    expect((await verify('bo_test_notarealkey', { code: 'x' })).status).toBe(401);
    const forged = key.slice(0, -1) + (key.endsWith('a') ? 'b' : 'a');
    expect((await verify(forged, { code: 'x' })).body.error.reason).toBe('API_KEY_INVALID');
    const otherwise = `${key.slice(0, 8)}${'A'.repeat(24)}`;
    expect((await verify(otherwise + key.slice(-6), { code: 'x' })).status).toBe(401);

    const noCode = await verify(key, {});
    expect(noCode.status).toBe(400);
    expect(noCode.body.error).toMatchObject({ code: 'BAD_USER_INPUT', details: [expect.objectContaining({ field: 'code' })] });
    expect((await verify(key, { code: 42 })).status).toBe(400);
    expect((await verify(key, { code: 'x', offerId: 'not-a-uuid' })).status).toBe(400);
    const foreignOffer = await verify(key, { code: 'x', offerId: '6f1c2b8e-0c55-4c4e-9a55-4d2f7b1d3a10' });
    expect(foreignOffer.status).toBe(400);
    expect(foreignOffer.body.error.reason).toBe('UNKNOWN_OFFER');
    const notJson = await request(app.http)
      .post('/api/partner/v1/verifications')
      .set('authorization', `Bearer ${key}`)
      .set('content-type', 'application/json')
      .send('{"code":');
    expect(notJson.status).toBe(400);
  });

  it('limits each key (429 with Retry-After) and refuses a revoked key at once', async () => {
    const { operator } = await venueWithOperator(app, staff);
    const { key, apiKey } = await createApiKey(app, operator.token);
    const statuses: number[] = [];
    let limited: request.Response | undefined;
    for (let i = 0; i < 41; i += 1) {
      const response = await verify(key, { code: 'not-a-card' });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, 40).every((status) => status === 200)).toBe(true);
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited?.body.error.code).toBe('RATE_LIMITED');

    const { key: second, apiKey: secondKey } = await createApiKey(app, operator.token, 'Kasse 2');
    expect((await verify(second, { code: 'not-a-card' })).status).toBe(200);
    const revoked = await graphql<any>(
      app,
      'mutation($id: ID!) { revokeVenueApiKey(id: $id) { revokedAt } }',
      { id: secondKey.id },
      { token: operator.token },
    );
    expect(revoked.data.revokeVenueApiKey.revokedAt).toBeTruthy();
    expect((await verify(second, { code: 'not-a-card' })).status).toBe(401);
    expect(await app.sql('SELECT 1 FROM venue_api_keys WHERE id = $1', [secondKey.id])).toHaveLength(1);
    expect(apiKey.id).not.toBe(secondKey.id);
    const audit = await app.sql<any>(`SELECT action FROM audit_events WHERE subject_id = $1`, [secondKey.id]);
    expect(audit.map((entry: any) => entry.action)).toEqual(expect.arrayContaining(['venue.api_key_created', 'venue.api_key_revoked']));
  });

  it('lists the venue’s offers to its key, and reports the same live code shown twice', async () => {
    const { operator, offers } = await venueWithOperator(app, staff);
    const { key } = await createApiKey(app, operator.token);
    const listed = await request(app.http).get('/api/partner/v1/offers').set('authorization', `Bearer ${key}`);
    expect(listed.status).toBe(200);
    expect(listed.body.offers.map((offer: any) => offer.id)).toEqual([offers[0].id]);
    expect((await request(app.http).get('/api/partner/v1/offers')).status).toBe(401);

    const resident = await residentWithPhone(app);
    const code = await resident.present();
    expect((await verify(key, { code })).body.repeatedPresentation).toBe(false);
    expect((await verify(key, { code })).body).toMatchObject({ valid: true, repeatedPresentation: true });
    expect((await verify(key, { code: await resident.present(Date.now() + 1000) })).body.repeatedPresentation).toBe(false);
    // Shown at several tills at once (one group-committed batch or several): exactly one is the first, every answer is logged so.
    const shared = await resident.present(Date.now() + 2000);
    const answers = await Promise.all(Array.from({ length: 6 }, () => verify(key, { code: shared })));
    expect(answers.map((answer) => answer.body.repeatedPresentation).sort()).toEqual([false, true, true, true, true, true]);
    const logged = await app.sql<{ repeated: boolean }>(
      'SELECT repeated_presentation AS repeated FROM venue_verifications WHERE id = ANY($1) ORDER BY repeated_presentation',
      [answers.map((answer) => answer.body.verificationId)],
    );
    expect(logged.map((row) => row.repeated)).toEqual([false, true, true, true, true, true]);
  });

  it('logs each verification with a per-venue pseudonym, never the card id, and deletes old entries', async () => {
    const first = await venueWithOperator(app, staff);
    const second = await venueWithOperator(app, staff);
    const keys = [(await createApiKey(app, first.operator.token)).key, (await createApiKey(app, second.operator.token)).key];
    const resident = await residentWithPhone(app);
    await verify(keys[0], { code: await resident.present(), offerId: first.offers[0].id });
    await verify(keys[0], { code: await resident.present(Date.now() - 5000) });
    await verify(keys[1], { code: await resident.present() });
    await app.app.get(VerificationLogWriter).flush();
    const rows = await app.sql<any>('SELECT * FROM venue_verifications WHERE venue_id = ANY($1) ORDER BY verified_at', [
      [first.venue.id, second.venue.id],
    ]);
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain(resident.card.id);
    expect(rows[0].card_pseudonym).toBe(rows[1].card_pseudonym);
    expect(rows[2].card_pseudonym).not.toBe(rows[0].card_pseudonym);
    expect(rows[0]).toMatchObject({ offer_id: first.offers[0].id, valid: true, eligible: true, channel: 'api' });

    await app.sql(`UPDATE venue_verifications SET verified_at = now() - interval '91 days' WHERE id = $1`, [rows[0].id]);
    // The privacy domain's daily retention run deletes it (VERIFICATION_RETENTION_DAYS, 90 by default).
    expect((await app.app.get(RetentionService).run(new Date())).venues).toBe(1);
    expect(await app.sql('SELECT 1 FROM venue_verifications WHERE venue_id = $1', [first.venue.id])).toHaveLength(1);
  });

  it('verifies through GraphQL for the venue’s own operator and records the scan page’s offline verifications', async () => {
    const { operator, offers, venue } = await venueWithOperator(app, staff);
    const resident = await residentWithPhone(app);
    const result = await graphql<any>(
      app,
      'mutation($code: String!, $offerId: ID) { verifyDiscount(code: $code, offerId: $offerId) { verificationId valid eligible reason card { status validUntil categories } offer { id title discountPercent } repeatedPresentation } }',
      { code: await resident.present(), offerId: offers[0].id },
      { token: operator.token, language: 'en' },
    );
    expect(result.data.verifyDiscount).toMatchObject({
      valid: true,
      eligible: true,
      reason: null,
      offer: { title: 'Reduced admission', discountPercent: 50 },
    });
    answers.push(result.data.verifyDiscount);
    const notOperator = await graphql(app, 'mutation { verifyDiscount(code: "x") { valid } }', {}, { token: resident.token });
    expect(notOperator.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const offline = await graphql<any>(
      app,
      'mutation($entries: [OfflineVerificationInput!]!) { recordOfflineVerifications(entries: $entries) }',
      {
        entries: [
          {
            verificationId: '0b6c9f52-4a1e-4f0e-8d7e-2f6f0c1b9a21',
            code: await resident.present(),
            offerId: offers[0].id,
            verifiedAt: new Date().toISOString(),
          },
        ],
      },
      { token: operator.token },
    );
    expect(offline.data.recordOfflineVerifications).toBe(1);
    await app.app.get(VerificationLogWriter).flush();
    const [row] = await app.sql<any>(`SELECT * FROM venue_verifications WHERE venue_id = $1 AND channel = 'offline'`, [venue.id]);
    expect(row).toMatchObject({ valid: true, eligible: true });
  });

  it('never lets an operator see or change another venue’s offers, keys or verifications', async () => {
    const mine = await venueWithOperator(app, staff);
    const theirs = await venueWithOperator(app, staff);
    const { apiKey } = await createApiKey(app, theirs.operator.token);
    const token = mine.operator.token;
    const attempts = await Promise.all([
      graphql(app, 'query($id: ID) { venueOffers(venueId: $id) { id } }', { id: theirs.venue.id }, { token }),
      graphql(app, 'query($id: ID) { venueApiKeys(venueId: $id) { id } }', { id: theirs.venue.id }, { token }),
      graphql(app, 'query($id: ID) { managedVenue(venueId: $id) { id } }', { id: theirs.venue.id }, { token }),
      graphql(app, 'mutation($id: ID!) { revokeVenueApiKey(id: $id) { id } }', { id: apiKey.id }, { token }),
      graphql(
        app,
        'mutation($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }',
        {
          input: {
            id: theirs.offers[0].id,
            titleDe: 'Gratis',
            titleEn: 'Free',
            discountPercent: 100,
            categories: ['student'],
            validFrom: '2020-01-01',
          },
        },
        { token },
      ),
      graphql(
        app,
        'mutation($input: CreateApiKeyInput!) { createVenueApiKey(input: $input) { key } }',
        { input: { venueId: theirs.venue.id, name: 'sneaky' } },
        { token },
      ),
      graphql(
        app,
        'mutation($input: OfferInput!) { createOffer(input: $input) { id } }',
        {
          input: {
            venueId: theirs.venue.id,
            titleDe: 'Gratis',
            titleEn: 'Free',
            discountPercent: 10,
            categories: ['student'],
            validFrom: '2020-01-01',
          },
        },
        { token },
      ),
    ]);
    expect(attempts.map((attempt) => attempt.errors?.[0].extensions.code)).toEqual(attempts.map(() => 'NOT_FOUND'));
    const { key } = await createApiKey(app, token);
    expect((await verify(key, { code: 'x', offerId: theirs.offers[0].id })).body.error.reason).toBe('UNKNOWN_OFFER');
    const [{ revoked_at }] = await app.sql<any>('SELECT revoked_at FROM venue_api_keys WHERE id = $1', [apiKey.id]);
    expect(revoked_at).toBeNull();
    const [{ title_de }] = await app.sql<any>('SELECT title_de FROM offers WHERE id = $1', [theirs.offers[0].id]);
    expect(title_de).toBe('Ermäßigter Eintritt');
    const resident = await residentWithPhone(app);
    expect((await graphql(app, '{ venueOffers { id } }', {}, { token: resident.token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await graphql(app, '{ venues { id } }', {}, { token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('shows residents the running offers they qualify for, filtered by kind and district', async () => {
    const { offers } = await venueWithOperator(app, staff, [
      { categories: ['commuter'], fixedPriceCents: 350 },
      { categories: ['student'], discountPercent: 10 },
    ]);
    const commuter = await residentWithPhone(app, ['commuter']);
    const listed = await graphql<any>(
      app,
      '{ myEligibleOffers(kind: pool, district: "bochum") { id fixedPriceCents venue { name kind district } } }',
      {},
      { token: commuter.token },
    );
    const ids = listed.data.myEligibleOffers.map((offer: any) => offer.id);
    expect(ids).toContain(offers[0].id);
    expect(ids).not.toContain(offers[1].id);
    const elsewhere = await graphql<any>(app, '{ myEligibleOffers(district: "wattenscheid") { id } }', {}, { token: commuter.token });
    expect(elsewhere.data.myEligibleOffers.map((offer: any) => offer.id)).not.toContain(offers[0].id);
  });

  it('counts verifications per day and offer, unique visitors and categories, for the operator and across venues for staff', async () => {
    const { operator, offers, venue } = await venueWithOperator(app, staff);
    const other = await venueWithOperator(app, staff);
    const { key } = await createApiKey(app, operator.token);
    const student = await residentWithPhone(app, ['student']);
    await verify(key, { code: await student.present(), offerId: offers[0].id });
    await verify(key, { code: await student.present(Date.now() - 2000), offerId: offers[0].id });
    await verify(key, { code: 'not-a-card' });
    await app.app.get(VerificationLogWriter).flush();
    const QUERY =
      'query($id: ID) { venueStatistics(venueId: $id, days: 7) { verifications uniqueVisitors perDay { day verifications granted } perOffer { offerId titleEn verifications granted } perCategory { category visitors } } }';
    const mine = (await graphql<any>(app, QUERY, {}, { token: operator.token })).data.venueStatistics;
    expect(mine).toMatchObject({ verifications: 3, uniqueVisitors: 1, perCategory: [{ category: 'student', visitors: 1 }] });
    expect(mine.perDay).toEqual([{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), verifications: 3, granted: 2 }]);
    expect(mine.perOffer).toEqual(
      expect.arrayContaining([
        { offerId: offers[0].id, titleEn: 'Reduced admission', verifications: 2, granted: 2 },
        { offerId: null, titleEn: '', verifications: 1, granted: 0 },
      ]),
    );
    const intruder = await graphql(app, QUERY, { id: venue.id }, { token: other.operator.token });
    expect(intruder.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const all = (await graphql<any>(app, QUERY, {}, { token: staff })).data.venueStatistics;
    expect(all.verifications).toBeGreaterThanOrEqual(3);
  });

  it('publishes the OpenAPI description with an example for every reason', async () => {
    const response = await request(app.http).get('/api/partner/docs-json');
    expect(response.status).toBe(200);
    const examples = response.body.paths['/api/partner/v1/verifications'].post.responses['200'].content['application/json'].examples;
    const reasons = Object.values(examples).map((example: any) => example.value.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        null,
        'UNKNOWN_CARD',
        'INVALID_SIGNATURE',
        'STALE_PRESENTATION',
        'REVOKED',
        'SUSPENDED',
        'EXPIRED',
        'NOT_ELIGIBLE',
      ]),
    );
    expect((await request(app.http).get('/api/partner/docs')).status).toBe(200);
  });
});

import fc from 'fast-check';
import { buildSchema, GraphQLList, GraphQLNonNull, type GraphQLInputObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { SCHEMA_FILE } from '../src/graphql/graphql-options.js';
import { graphql } from './support/graphql.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { grantResidency } from './support/cards.js';
import { fuzzSettings, hostileValue } from './support/fuzz.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { createApiKey, residentWithPhone, venueWithOperator } from './support/venues.js';

const OFFER_FIELDS =
  'id title titleLanguage description descriptionLanguage conditions conditionsLanguage titleDe titleEn translations { language title description conditions }';
const UPDATE_OFFER = `mutation($input: UpdateOfferInput!) { updateOffer(input: $input) { ${OFFER_FIELDS} } }`;
const CREATE_OFFER = `mutation($input: OfferInput!) { createOffer(input: $input) { ${OFFER_FIELDS} } }`;
const VENUE_OFFERS = `query($venueId: ID) { venueOffers(venueId: $venueId) { ${OFFER_FIELDS} } }`;
const UPDATE_PREFERENCES = 'mutation($input: UpdatePreferencesInput!) { updateMyPreferences(input: $input) { preferredLanguage } }';

const BASE = {
  titleDe: 'Ermäßigter Eintritt',
  titleEn: 'Reduced admission',
  descriptionDe: 'Gilt an allen Tagen.',
  descriptionEn: 'Valid every day.',
  discountPercent: 50,
  categories: ['student'],
  validFrom: '2020-01-01',
};
const TURKISH = { language: 'tr', title: 'İndirimli giriş', description: 'Her gün geçerlidir.', conditions: '' };
const ARABIC = { language: 'ar', title: 'دخول مخفض', description: '', conditions: 'للطلاب فقط' };

/** Issue 13: content staff write (offer titles) has a translation per language, with a visible fallback to German. */
describe('offer translations', () => {
  let app: TestApp;
  let staff: { token: string };

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '0', STATUS_LIST_CACHE_SECONDS: '0', LOG_LEVEL: 'fatal' });
    staff = await accountWithRoles(app, ['staff_citizens_office']);
  });

  afterAll(async () => {
    await app.close();
  });

  const translationsOf = async (offerId: string) =>
    (await app.sql<{ translations: unknown }>('SELECT translations FROM offers WHERE id = $1', [offerId]))[0].translations;

  async function offerWithTranslations() {
    const { venue, operator } = await venueWithOperator(app, staff.token, []);
    const created = await graphql<any>(
      app,
      CREATE_OFFER,
      { input: { ...BASE, translations: [TURKISH, ARABIC] } },
      { token: operator.token },
    );
    expect(created.errors).toBeUndefined();
    return { venue, operator, offer: created.data.createOffer };
  }

  it('answers in the reader’s language and says when the text falls back to German', async () => {
    const { operator, offer } = await offerWithTranslations();
    expect(offer).toMatchObject({
      title: 'Reduced admission',
      titleLanguage: 'en',
      description: 'Valid every day.',
      descriptionLanguage: 'en',
    });
    expect(offer.translations).toEqual([ARABIC, TURKISH]);

    const readAs = async (language: string) => {
      await graphql(app, UPDATE_PREFERENCES, { input: { preferredLanguage: language } }, { token: operator.token });
      return (await graphql<any>(app, VENUE_OFFERS, {}, { token: operator.token })).data.venueOffers[0];
    };
    expect(await readAs('tr')).toMatchObject({
      title: 'İndirimli giriş',
      titleLanguage: 'tr',
      description: 'Her gün geçerlidir.',
      descriptionLanguage: 'tr',
      // No Turkish conditions: the German ones (here none), marked German.
      conditionsLanguage: 'de',
    });
    expect(await readAs('ar')).toMatchObject({
      title: 'دخول مخفض',
      titleLanguage: 'ar',
      description: 'Gilt an allen Tagen.',
      descriptionLanguage: 'de',
    });
    expect(await readAs('fa')).toMatchObject({ title: 'Ermäßigter Eintritt', titleLanguage: 'de' });
    expect(await readAs('de')).toMatchObject({ title: 'Ermäßigter Eintritt', titleLanguage: 'de' });

    const resident = await signedInAccount(app, undefined, undefined, 'tr');
    await grantResidency(app, String(resident.account.id), { categories: ['student'] });
    const eligible = await graphql<any>(app, '{ myEligibleOffers { id title titleLanguage } }', {}, { token: resident.token });
    expect(eligible.data.myEligibleOffers).toContainEqual({ id: offer.id, title: 'İndirimli giriş', titleLanguage: 'tr' });
  });

  it('gives the partner API the title in the caller’s language, or German with its language', async () => {
    const { operator, offer } = await offerWithTranslations();
    const { key } = await createApiKey(app, operator.token);
    const student = await residentWithPhone(app, ['student']);
    const verify = async (acceptLanguage: string) =>
      request(app.http)
        .post('/api/partner/v1/verifications')
        .set('authorization', `Bearer ${key}`)
        .set('accept-language', acceptLanguage)
        .send({ code: await student.present(), offerId: offer.id });
    expect((await verify('tr-TR,tr;q=0.9')).body.offer).toEqual({
      id: offer.id,
      title: 'İndirimli giriş',
      titleLanguage: 'tr',
      discountPercent: 50,
      fixedPriceCents: null,
    });
    expect((await verify('fr-FR')).body.offer).toMatchObject({ title: 'Ermäßigter Eintritt', titleLanguage: 'de' });
    expect((await verify('en-GB')).body.offer).toMatchObject({ title: 'Reduced admission', titleLanguage: 'en' });

    const listed = await request(app.http).get('/api/partner/v1/offers').set('authorization', `Bearer ${key}`);
    expect(listed.body.offers[0].translations).toEqual({
      tr: { title: TURKISH.title, description: TURKISH.description, conditions: '' },
      ar: { title: ARABIC.title, description: '', conditions: ARABIC.conditions },
    });
  });

  it('keeps the translations on an update without them, replaces them with a given list', async () => {
    const { operator, offer } = await offerWithTranslations();
    const kept = await graphql<any>(
      app,
      UPDATE_OFFER,
      { input: { ...BASE, id: offer.id, titleEn: 'Cheaper admission' } },
      { token: operator.token },
    );
    expect(kept.data.updateOffer.translations.map((t: { language: string }) => t.language)).toEqual(['ar', 'tr']);
    const replaced = await graphql<any>(
      app,
      UPDATE_OFFER,
      { input: { ...BASE, id: offer.id, translations: [{ language: 'uk', title: 'Пільговий вхід' }] } },
      { token: operator.token },
    );
    expect(replaced.data.updateOffer.translations).toEqual([{ language: 'uk', title: 'Пільговий вхід', description: '', conditions: '' }]);
    await graphql(app, UPDATE_OFFER, { input: { ...BASE, id: offer.id, translations: [] } }, { token: operator.token });
    expect(await translationsOf(offer.id)).toEqual({});
  });

  it('refuses unsupported or repeated languages and over-long texts with localized field messages', async () => {
    const { operator, offer } = await offerWithTranslations();
    const before = await translationsOf(offer.id);
    const refuse = async (translations: object[], language = 'en') => {
      const response = await graphql<any>(
        app,
        UPDATE_OFFER,
        { input: { ...BASE, id: offer.id, translations } },
        { token: operator.token, language },
      );
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      return response.errors![0].extensions.details;
    };

    expect(await refuse([{ language: 'de', title: 'Deutsch' }])).toEqual([
      {
        field: 'translations.0.language',
        constraint: 'isIn',
        message:
          'Translations are possible into these languages: tr, ar, uk, ru, pl, ro, fa, fr, es, zh. German and English have fields of their own.',
      },
    ]);
    expect(await refuse([{ language: 'xx', title: 'Unknown' }])).toEqual([
      expect.objectContaining({ field: 'translations.0.language', constraint: 'isIn' }),
    ]);
    expect(await refuse([TURKISH, { ...TURKISH, title: 'Bir daha' }])).toEqual([
      { field: 'translations.1.language', constraint: 'unique', message: 'There is already a translation into tr.' },
    ]);
    expect(await refuse([{ language: 'pl', title: 'x'.repeat(201) }])).toEqual([
      { field: 'translations.0.title', constraint: 'maxLength', message: 'Please use at most 200 characters.' },
    ]);
    expect(await refuse([{ language: 'pl', title: 'Bilet', description: 'x'.repeat(2001) }])).toEqual([
      { field: 'translations.0.description', constraint: 'maxLength', message: 'Please use at most 2000 characters.' },
    ]);
    expect(await translationsOf(offer.id)).toEqual(before);

    // The operator reads German: a validation message of a field without its own text, with the decorator's limit.
    await graphql(app, UPDATE_PREFERENCES, { input: { preferredLanguage: 'de' } }, { token: operator.token });
    const tooLong = await graphql<any>(
      app,
      UPDATE_OFFER,
      { input: { ...BASE, id: offer.id, titleDe: 'x'.repeat(201) } },
      { token: operator.token },
    );
    expect(tooLong.errors?.[0].extensions.details).toEqual([
      { field: 'titleDe', constraint: 'maxLength', message: 'Bitte verwenden Sie höchstens 200 Zeichen.' },
    ]);
  });

  it('lets only staff and the venue’s own operators edit an offer’s translations', async () => {
    const { venue, offer } = await offerWithTranslations();
    const { operator: otherOperator } = await venueWithOperator(app, staff.token, []);
    const resident = await signedInAccount(app);
    const input = { ...BASE, id: offer.id, translations: [{ language: 'tr', title: 'Ele geçirildi' }] };
    const before = await translationsOf(offer.id);

    const foreign = await graphql(app, UPDATE_OFFER, { input }, { token: otherOperator.token });
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const unknown = await graphql(
      app,
      UPDATE_OFFER,
      { input: { ...input, id: '00000000-0000-4000-8000-000000000000' } },
      { token: otherOperator.token },
    );
    expect(unknown.errors?.[0]).toMatchObject({ message: foreign.errors?.[0].message, extensions: { code: 'NOT_FOUND' } });
    expect((await graphql(app, UPDATE_OFFER, { input }, { token: resident.token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await graphql(app, UPDATE_OFFER, { input })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    // Creating an offer with translations for someone else's venue is refused the same way.
    const foreignCreate = await graphql(
      app,
      CREATE_OFFER,
      { input: { ...BASE, venueId: venue.id, translations: [TURKISH] } },
      { token: otherOperator.token },
    );
    expect(foreignCreate.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await translationsOf(offer.id)).toEqual(before);

    const byStaff = await graphql<any>(app, UPDATE_OFFER, { input: { ...input, venueId: venue.id } }, { token: staff.token });
    expect(byStaff.errors).toBeUndefined();
    expect(await translationsOf(offer.id)).toEqual({ tr: { title: 'Ele geçirildi', description: '', conditions: '' } });
  });

  it('survives hostile translations: never 5xx or INTERNAL, and a refused update changes nothing', async () => {
    const { operator, offer } = await offerWithTranslations();
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const translationType = schema.getType('OfferTranslationInput') as GraphQLInputObjectType;
    const translations = hostileValue(new GraphQLList(new GraphQLNonNull(translationType)), [offer.id]);
    const { runs, seed } = fuzzSettings();
    await fc.assert(
      fc.asyncProperty(translations, fc.constantFrom('de', 'en', 'ar'), async (value, language) => {
        const before = await translationsOf(offer.id);
        const response = await request(app.http)
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${operator.token}`)
          .set('accept-language', language)
          .send({ query: UPDATE_OFFER, variables: { input: { ...BASE, id: offer.id, translations: value } } });
        expect(response.status).toBeLessThan(500);
        const code = response.body.errors?.[0]?.extensions?.code;
        expect(code).not.toBe('INTERNAL');
        if (code) {
          expect(await translationsOf(offer.id)).toEqual(before);
        } else {
          const stored = (await translationsOf(offer.id)) as Record<string, { title: string; description: string; conditions: string }>;
          for (const [code, texts] of Object.entries(stored)) {
            expect(['tr', 'ar', 'uk', 'ru', 'pl', 'ro', 'fa', 'fr', 'es', 'zh']).toContain(code);
            expect(texts.title.length).toBeLessThanOrEqual(200);
            expect(texts.description.length).toBeLessThanOrEqual(2000);
            expect(texts.conditions.length).toBeLessThanOrEqual(1000);
          }
        }
      }),
      { numRuns: Math.max(25, runs * 10), seed },
    );
  });
});

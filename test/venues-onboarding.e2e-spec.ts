import request from 'supertest';
import { countedStatements } from './support/statements.js';
import { accountWithRoles, linkTokenFrom, signedInAccount, STRONG_PASSWORD, uniqueEmail } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { createApiKey } from './support/venues.js';

type Person = Awaited<ReturnType<typeof signedInAccount>>;

const APPLY = `mutation($input: VenueApplicationInput!) {
  submitVenueApplication(input: $input) { id status organisationName categories offers { titleDe titleEn discountPercent fixedPriceCents translations { language title } } }
}`;
const DECIDE = 'mutation($input: DecideBackofficeCaseInput!) { decideBackofficeCase(input: $input) { id status outcome } }';
const CASE = '{ backofficeCase(id: "$ID") { id kind facets { name value } venueApplication { id organisationName contactEmail status } } }';

let counter = 0;
function applicationInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    organisationName: `Sternwarte ${counter} ${Date.now()}`,
    kind: 'museum',
    address: 'Castroper Straße 67, 44791 Bochum',
    district: 'bochum',
    contactName: 'Erika Mustermann',
    contactEmail: 'kasse@sternwarte.example.org',
    contactPhone: '+49 234 516060',
    description: 'Sternwarte mit Führungen',
    categories: ['student', 'commuter'],
    offers: [{ titleDe: 'Ermäßigte Führung', discountPercent: 30, translations: [{ language: 'tr', title: 'İndirimli rehberli tur' }] }],
    ...overrides,
  };
}

describe('venue onboarding: application, decision, operators and their keys', () => {
  let app: TestApp;
  let office: Person;
  let economic: Person;

  const apply = async (person: Person, overrides: Record<string, unknown> = {}) =>
    graphql<any>(app, APPLY, { input: applicationInput(overrides) }, { token: person.token });
  const caseOf = async (applicationId: string) =>
    (
      await app.sql<{ id: string }>(`SELECT id FROM backoffice_cases WHERE kind = 'venue_application' AND subject_id = $1`, [applicationId])
    )[0].id;
  const decide = (token: string, input: Record<string, unknown>) => graphql<any>(app, DECIDE, { input }, { token });

  /** An approved venue: the applicant (now its operator) and the venue's id. */
  async function approvedVenue(): Promise<{ operator: Person; venueId: string; name: string }> {
    const operator = await signedInAccount(app);
    const applied = await apply(operator);
    const application = applied.data.submitVenueApplication;
    const decided = await decide(office.token, { caseId: await caseOf(application.id), outcome: 'approve' });
    expect(decided.errors).toBeUndefined();
    const [row] = await app.sql<{ venue_id: string }>('SELECT venue_id FROM venue_applications WHERE id = $1', [application.id]);
    return { operator, venueId: row.venue_id, name: application.organisationName };
  }

  beforeAll(async () => {
    app = await createTestApp({ PARTNER_KEY_CACHE_SECONDS: '0' });
    office = await accountWithRoles(app, ['staff_citizens_office']);
    economic = await accountWithRoles(app, ['staff_economic_development']);
  });

  afterAll(async () => {
    await app.close();
  });

  it('an account applies; the case is for the citizens’ office only; a second open application is refused', async () => {
    const applicant = await signedInAccount(app);
    const applied = await apply(applicant);
    expect(applied.errors).toBeUndefined();
    const application = applied.data.submitVenueApplication;
    expect(application).toMatchObject({
      status: 'submitted',
      categories: ['student', 'commuter'],
      offers: [{ titleDe: 'Ermäßigte Führung', titleEn: 'Ermäßigte Führung', discountPercent: 30, fixedPriceCents: null }],
    });
    expect(application.offers[0].translations).toEqual([{ language: 'tr', title: 'İndirimli rehberli tur' }]);
    const caseId = await caseOf(application.id);
    const seen = await graphql<any>(app, CASE.replace('$ID', caseId), {}, { token: office.token });
    expect(seen.data.backofficeCase).toMatchObject({
      kind: 'venue_application',
      venueApplication: { id: application.id, contactEmail: 'kasse@sternwarte.example.org', status: 'submitted' },
    });
    expect(seen.data.backofficeCase.facets).toEqual(
      expect.arrayContaining([
        { name: 'organisation', value: application.organisationName },
        { name: 'venueKind', value: 'museum' },
      ]),
    );
    const notForThem = await graphql<any>(app, CASE.replace('$ID', caseId), {}, { token: economic.token });
    expect(notForThem.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const list = await graphql<any>(app, '{ venueApplications { nodes { id } } }', {}, { token: economic.token });
    expect(list.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const again = await apply(applicant);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATION_OPEN' });
    const mine = await graphql<any>(app, '{ myVenueApplications { id status } }', {}, { token: applicant.token });
    expect(mine.data.myVenueApplications).toEqual([{ id: application.id, status: 'submitted' }]);
    const audit = await app.sql(`SELECT 1 FROM audit_events WHERE action = 'venue.application_submitted' AND subject_id = $1`, [
      application.id,
    ]);
    expect(audit).toHaveLength(1);
  });

  it('refuses bad input with localized field errors and stable codes, writing nothing', async () => {
    // Messages are in the account's language.
    const applicant = await signedInAccount(app, uniqueEmail(), STRONG_PASSWORD, 'de');
    const invalid = await apply(applicant, { organisationName: '', contactPhone: 'call me', offers: [] });
    expect(invalid.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = invalid.errors?.[0].extensions.details as { field: string; message: string }[];
    expect(fields.map((field) => field.field)).toEqual(expect.arrayContaining(['organisationName', 'contactPhone', 'offers']));
    expect(fields.find((field) => field.field === 'contactPhone')?.message).toMatch(/Telefonnummer/);
    const twoDiscounts = await apply(applicant, { offers: [{ titleDe: 'Eintritt', discountPercent: 10, fixedPriceCents: 500 }] });
    expect(twoDiscounts.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(twoDiscounts.errors?.[0].extensions.details?.[0].field).toBe('offers.0.discountPercent');
    const badLanguage = await apply(applicant, {
      offers: [{ titleDe: 'Eintritt', discountPercent: 10, translations: [{ language: 'de', title: 'x y' }] }],
    });
    expect(badLanguage.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const rows = await app.sql('SELECT 1 FROM venue_applications WHERE applicant_account_id = $1', [applicant.account.id]);
    expect(rows).toHaveLength(0);
  });

  it('approval creates the venue with its offers, makes the applicant its operator and tells them', async () => {
    const { operator, venueId, name } = await approvedVenue();
    const [venue] = await app.sql<any>('SELECT name, kind, district, active FROM venues WHERE id = $1', [venueId]);
    expect(venue).toEqual({ name, kind: 'museum', district: 'bochum', active: true });
    const offers = await app.sql<any>('SELECT title_de, categories, discount_percent, translations FROM offers WHERE venue_id = $1', [
      venueId,
    ]);
    expect(offers).toEqual([
      {
        title_de: 'Ermäßigte Führung',
        categories: ['student', 'commuter'],
        discount_percent: 30,
        translations: { tr: { title: 'İndirimli rehberli tur', description: '', conditions: '' } },
      },
    ]);
    const [account] = await app.sql<{ roles: string }>('SELECT roles::text FROM accounts WHERE id = $1', [operator.account.id]);
    expect(account.roles).toContain('venue_operator');
    // Roles come from the database: the same token now manages the venue.
    const managed = await graphql<any>(app, '{ managedVenue { id name } }', {}, { token: operator.token });
    expect(managed.data.managedVenue).toEqual({ id: venueId, name });
    const mails = await app.mailbox.list(operator.email);
    expect(mails.some((mail) => mail.template === 'venues.application_approved' && mail.text.includes(name))).toBe(true);
    const inApp = await app.sql(`SELECT 1 FROM in_app_notifications WHERE account_id = $1 AND kind = 'venues.application_approved'`, [
      operator.account.id,
    ]);
    expect(inApp).toHaveLength(1);
    const audit = await app.sql(`SELECT details FROM audit_events WHERE action = 'venue.application_approved'`);
    expect(audit.map((row: any) => row.details.venueId)).toContain(venueId);
  });

  it('two staff approving at once create one venue: the case lock decides', async () => {
    const applicant = await signedInAccount(app);
    const application = (await apply(applicant)).data.submitVenueApplication;
    const caseId = await caseOf(application.id);
    const colleague = await accountWithRoles(app, ['staff_citizens_office']);
    const results = await Promise.all([
      decide(office.token, { caseId, outcome: 'approve' }),
      decide(colleague.token, { caseId, outcome: 'approve' }),
    ]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.find((result) => result.errors)?.errors?.[0].extensions.code).toBe('CONFLICT');
    const venues = await app.sql('SELECT 1 FROM venues WHERE name = $1', [application.organisationName]);
    expect(venues).toHaveLength(1);
  });

  it('staff ask for information, the applicant answers, staff reject with a reason; then a new application is possible', async () => {
    const applicant = await signedInAccount(app);
    const application = (await apply(applicant)).data.submitVenueApplication;
    const caseId = await caseOf(application.id);
    expect((await decide(office.token, { caseId, outcome: 'request_info', message: 'Welche Öffnungszeiten?' })).errors).toBeUndefined();
    expect((await app.mailbox.list(applicant.email)).some((mail) => mail.template === 'venues.application_info_requested')).toBe(true);
    const ANSWER = 'mutation($input: AnswerVenueApplicationInput!) { answerVenueApplication(input: $input) { status applicantAnswer } }';
    const stranger = await signedInAccount(app);
    const foreign = await graphql<any>(app, ANSWER, { input: { applicationId: application.id, answer: 'x' } }, { token: stranger.token });
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const answered = await graphql<any>(
      app,
      ANSWER,
      { input: { applicationId: application.id, answer: 'Di–So 10–18 Uhr' } },
      { token: applicant.token },
    );
    expect(answered.data.answerVenueApplication).toEqual({ status: 'submitted', applicantAnswer: 'Di–So 10–18 Uhr' });
    const noReason = await decide(office.token, { caseId, outcome: 'reject', reasonCode: 'nonsense' });
    expect(noReason.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await decide(office.token, { caseId, outcome: 'reject', reasonCode: 'offer_not_suitable' })).errors).toBeUndefined();
    const [row] = await app.sql<any>('SELECT status, rejection_reason, venue_id FROM venue_applications WHERE id = $1', [application.id]);
    expect(row).toEqual({ status: 'rejected', rejection_reason: 'offer_not_suitable', venue_id: null });
    const rejection = (await app.mailbox.list(applicant.email)).find((mail) => mail.template === 'venues.application_rejected');
    expect(rejection?.text).toMatch(/offer|Angebot/i);
    expect((await apply(applicant)).errors).toBeUndefined();
  });

  it('operators invite a colleague, who accepts and operates the same venue; colleagues are listed and removed', async () => {
    const { operator, venueId } = await approvedVenue();
    const colleagueEmail = uniqueEmail('colleague');
    const invited = await graphql<any>(
      app,
      'mutation($input: InviteVenueOperatorInput!) { inviteVenueOperator(input: $input) { id email status } }',
      { input: { email: colleagueEmail } },
      { token: operator.token },
    );
    expect(invited.data.inviteVenueOperator).toMatchObject({ email: colleagueEmail, status: 'pending' });
    const token = await linkTokenFrom(app, colleagueEmail, 'venues.operator_invitation');
    const someoneElse = await signedInAccount(app);
    const wrong = await graphql<any>(
      app,
      'mutation($token: String!) { acceptVenueInvitation(token: $token) { id } }',
      { token },
      { token: someoneElse.token },
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_FOR_ANOTHER_ADDRESS' });
    const colleague = await signedInAccount(app, colleagueEmail);
    const preview = await graphql<any>(
      app,
      'query($token: String!) { venueInvitation(token: $token) { venueName status } }',
      { token },
      { token: colleague.token },
    );
    expect(preview.data.venueInvitation.status).toBe('pending');
    const accepted = await graphql<any>(
      app,
      'mutation($token: String!) { acceptVenueInvitation(token: $token) { id } }',
      { token },
      { token: colleague.token },
    );
    expect(accepted.data.acceptVenueInvitation.id).toBe(venueId);
    const twice = await graphql<any>(
      app,
      'mutation($token: String!) { acceptVenueInvitation(token: $token) { id } }',
      { token },
      { token: colleague.token },
    );
    expect(twice.errors?.[0].extensions.reason).toBe('INVITATION_ACCEPTED');
    const colleagues = await graphql<any>(app, '{ venueColleagues { accountId email isMe } }', {}, { token: colleague.token });
    expect(colleagues.data.venueColleagues).toHaveLength(2);
    expect(colleagues.data.venueColleagues.find((entry: any) => entry.isMe).email).toBe(colleagueEmail);
    const REMOVE = 'mutation($id: ID!) { removeVenueColleague(accountId: $id) }';
    const self = await graphql<any>(app, REMOVE, { id: operator.account.id }, { token: operator.token });
    expect(self.errors?.[0].extensions.reason).toBe('CANNOT_REMOVE_SELF');
    expect((await graphql<any>(app, REMOVE, { id: colleague.account.id }, { token: operator.token })).data.removeVenueColleague).toBe(true);
    const [roles] = await app.sql<{ roles: string }>('SELECT roles::text FROM accounts WHERE id = $1', [colleague.account.id]);
    expect(roles.roles).not.toContain('venue_operator');
    const gone = await graphql<any>(app, '{ managedVenue { id } }', {}, { token: colleague.token });
    expect(gone.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const audit = await app.sql<any>(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`, [venueId]);
    expect(audit.map((row: any) => row.action)).toEqual(
      expect.arrayContaining(['venue.operator_invited', 'venue.invitation_accepted', 'venue.operator_removed']),
    );
  });

  it('an operator of venue A gets NOT_FOUND for everything of venue B', async () => {
    const a = await approvedVenue();
    const b = await approvedVenue();
    const bKey = await createApiKey(app, b.operator.token);
    const bInvitation = (
      await graphql<any>(
        app,
        'mutation($input: InviteVenueOperatorInput!) { inviteVenueOperator(input: $input) { id } }',
        { input: { email: uniqueEmail('b-colleague') } },
        { token: b.operator.token },
      )
    ).data.inviteVenueOperator;
    const attempts = [
      graphql<any>(app, 'query($v: ID) { venueColleagues(venueId: $v) { email } }', { v: b.venueId }, { token: a.operator.token }),
      graphql<any>(app, 'query($v: ID) { venueInvitations(venueId: $v) { email } }', { v: b.venueId }, { token: a.operator.token }),
      graphql<any>(app, 'query($v: ID) { venueApiKeys(venueId: $v) { id } }', { v: b.venueId }, { token: a.operator.token }),
      graphql<any>(
        app,
        'mutation($input: InviteVenueOperatorInput!) { inviteVenueOperator(input: $input) { id } }',
        { input: { venueId: b.venueId, email: uniqueEmail('intruder') } },
        { token: a.operator.token },
      ),
      graphql<any>(
        app,
        'mutation($id: ID!) { revokeVenueInvitation(id: $id) { id } }',
        { id: bInvitation.id },
        { token: a.operator.token },
      ),
      graphql<any>(app, 'mutation($id: ID!) { revokeVenueApiKey(id: $id) { id } }', { id: bKey.apiKey.id }, { token: a.operator.token }),
      graphql<any>(
        app,
        'mutation($id: ID!, $v: ID) { removeVenueColleague(accountId: $id, venueId: $v) }',
        { id: b.operator.account.id, v: b.venueId },
        { token: a.operator.token },
      ),
      graphql<any>(
        app,
        'mutation($id: ID!) { removeVenueColleague(accountId: $id) }',
        { id: b.operator.account.id },
        { token: a.operator.token },
      ),
    ];
    for (const result of await Promise.all(attempts)) expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const bOperators = await app.sql('SELECT 1 FROM venue_operators WHERE venue_id = $1', [b.venueId]);
    expect(bOperators).toHaveLength(1);
    const [invitation] = await app.sql<any>('SELECT revoked_at FROM venue_invitations WHERE id = $1', [bInvitation.id]);
    expect(invitation.revoked_at).toBeNull();
  });

  it('an API key works for its own venue only; staff take a venue out of service (audited) and its key stops working', async () => {
    const a = await approvedVenue();
    const { key } = await createApiKey(app, a.operator.token);
    const offers = await request(app.http).get('/api/partner/v1/offers').set('authorization', `Bearer ${key}`);
    expect(offers.status).toBe(200);
    expect(JSON.stringify(offers.body)).toContain('Ermäßigte Führung');
    const UPDATE = 'mutation($input: UpdateVenueInput!) { updateVenue(input: $input) { id name active } }';
    const input = {
      id: a.venueId,
      name: `${a.name} (geschlossen)`,
      address: 'Castroper Straße 67, 44791 Bochum',
      district: 'bochum',
      active: false,
    };
    const byOperator = await graphql<any>(app, UPDATE, { input }, { token: a.operator.token });
    expect(byOperator.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const updated = await graphql<any>(app, UPDATE, { input }, { token: office.token });
    expect(updated.data.updateVenue).toEqual({ id: a.venueId, name: input.name, active: false });
    const refused = await request(app.http).get('/api/partner/v1/offers').set('authorization', `Bearer ${key}`);
    expect(refused.status).toBe(401);
    const [audit] = await app.sql<any>(`SELECT details FROM audit_events WHERE action = 'venue.updated' AND subject_id = $1`, [a.venueId]);
    expect(audit.details.changed).toEqual({ name: input.name, active: false });
    const listed = await graphql<any>(app, '{ venues { id active } }', {}, { token: office.token });
    expect(listed.data.venues.find((venue: any) => venue.id === a.venueId).active).toBe(false);
    const missing = await graphql<any>(
      app,
      UPDATE,
      { input: { ...input, id: '00000000-0000-4000-8000-000000000000' } },
      { token: office.token },
    );
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses the operations to those without the role', async () => {
    const resident = await signedInAccount(app);
    const unauthenticated = await graphql<any>(app, APPLY, { input: applicationInput() });
    expect(unauthenticated.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const query of ['{ venueApplications { nodes { id } } }', '{ venueColleagues { email } }', '{ venueInvitations { email } }']) {
      const result = await graphql<any>(app, query, {}, { token: resident.token });
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('lists 100 venue applications for staff in at most 5 statements', async () => {
    await app.sql(`
      WITH applicants AS (
        INSERT INTO accounts (email, password_hash, preferred_language, email_verified_at)
        SELECT 'venue-applicant' || n || '@example.org', 'x', 'de', now() FROM generate_series(1, 110) n RETURNING id
      )
      INSERT INTO venue_applications (applicant_account_id, organisation_name, kind, address, district, contact_name, contact_email,
                                      contact_phone, categories, offers)
      SELECT id, 'Bulk venue ' || id, 'zoo', 'Klinikstraße 49, 44791 Bochum', 'bochum', 'N. N.', 'nn@example.org', '+49 234 1',
             '{student}', '[{"titleDe":"Eintritt","titleEn":"Admission","translations":{},"discountPercent":10,"fixedPriceCents":null}]'
      FROM applicants`);
    // Only the list request's own statements (its session check warmed; jobs running meanwhile not counted).
    const counted = async (first: number) => {
      const { data, statements } = await countedStatements(
        app,
        'query($page: PageInput) { venueApplications(page: $page) { nodes { id organisationName status offers { titleDe } } pageInfo { hasNextPage } } }',
        { page: { first } },
        office.token,
      );
      expect(data.venueApplications.nodes).toHaveLength(first);
      return statements.length;
    };
    // A page of 100 in at most 5 statements cannot load anything per row.
    expect(await counted(100)).toBeLessThanOrEqual(5);
    expect(await counted(10)).toBeLessThanOrEqual(5);
  });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { linkTokenFrom, signedInAccount, uniqueEmail } from './support/accounts.js';
import { TEST_COMPANY, createCompanyForTest, firstServicePointCode } from './support/companies.js';
import { graphql, type GraphqlResponse } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const idOf = (person: { account: unknown }) => (person.account as { id: string }).id;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * A representative of company A tries every operation on company B's data. Each must answer
 * exactly as for an id that does not exist (NOT_FOUND, same message) and change nothing.
 */
describe('companies: a representative of one company cannot reach another company', () => {
  let app: TestApp;
  let alice: Awaited<ReturnType<typeof signedInAccount>>;
  let bob: Awaited<ReturnType<typeof signedInAccount>>;
  let bobsCompany: string;
  let bobsInvitation: string;
  let bobsPartner: Awaited<ReturnType<typeof signedInAccount>>;

  beforeAll(async () => {
    app = await createTestApp();
    alice = await signedInAccount(app);
    bob = await signedInAccount(app);
    await createCompanyForTest(app, alice.token, { legalName: 'Alice BV', legalForm: 'BV', countryCode: 'NL', vatId: 'NL004495445B01' });
    ({ companyId: bobsCompany } = await createCompanyForTest(app, bob.token));
    const partnerEmail = uniqueEmail('partner');
    await graphql(
      app,
      'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }',
      { input: { companyId: bobsCompany, email: partnerEmail, role: 'owner' } },
      { token: bob.token },
    );
    bobsPartner = await signedInAccount(app, partnerEmail);
    await graphql(
      app,
      'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id } }',
      { token: await linkTokenFrom(app, partnerEmail, 'company_invitation') },
      { token: bobsPartner.token },
    );
    const invited = await graphql<any>(
      app,
      'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }',
      { input: { companyId: bobsCompany, email: uniqueEmail('open'), role: 'authorised_representative' } },
      { token: bob.token },
    );
    bobsInvitation = invited.data.inviteRepresentative.id;
    await request(app.http)
      .post(`/api/companies/${bobsCompany}/register-extract`)
      .set('authorization', `Bearer ${bob.token}`)
      .attach('file', PDF, 'extract.pdf')
      .expect(201);
  });

  afterAll(async () => {
    await app.close();
  });

  const expectSameNotFound = (foreign: GraphqlResponse, unknown: GraphqlResponse) => {
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(foreign.errors?.[0].extensions.reason).toBe(unknown.errors?.[0].extensions.reason);
    expect(foreign.data).toEqual(unknown.data);
  };

  const asAlice = (query: string, variables: Record<string, unknown>) => graphql<any>(app, query, variables, { token: alice.token });

  it('company', async () => {
    const query = 'query($id: ID!) { company(id: $id) { id legalName } }';
    expectSameNotFound(await asAlice(query, { id: bobsCompany }), await asAlice(query, { id: randomUUID() }));
  });

  it('companyJourney', async () => {
    const query = 'query($id: ID!) { companyJourney(companyId: $id) { id elapsedSeconds } }';
    expectSameNotFound(await asAlice(query, { id: bobsCompany }), await asAlice(query, { id: randomUUID() }));
  });

  it('updateCompany', async () => {
    const query = 'mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id } }';
    const input = { ...TEST_COMPANY, legalName: 'Hijacked SAS' };
    expectSameNotFound(
      await asAlice(query, { input: { ...input, companyId: bobsCompany } }),
      await asAlice(query, { input: { ...input, companyId: randomUUID() } }),
    );
    const [row] = await app.sql('SELECT legal_name FROM companies WHERE id = $1', [bobsCompany]);
    expect(row.legal_name).toBe(TEST_COMPANY.legalName);
  });

  it('inviteRepresentative', async () => {
    const query = 'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }';
    const email = uniqueEmail('intruder');
    expectSameNotFound(
      await asAlice(query, { input: { companyId: bobsCompany, email, role: 'owner' } }),
      await asAlice(query, { input: { companyId: randomUUID(), email, role: 'owner' } }),
    );
    expect(await app.mailbox.list(email)).toHaveLength(0);
  });

  it('revokeCompanyInvitation', async () => {
    const query = 'mutation($id: ID!) { revokeCompanyInvitation(invitationId: $id) { id } }';
    expectSameNotFound(await asAlice(query, { id: bobsInvitation }), await asAlice(query, { id: randomUUID() }));
    const [row] = await app.sql('SELECT revoked_at FROM company_invitations WHERE id = $1', [bobsInvitation]);
    expect(row.revoked_at).toBeNull();
  });

  it('removeCompanyRepresentative', async () => {
    const query =
      'mutation($companyId: ID!, $accountId: ID!) { removeCompanyRepresentative(companyId: $companyId, accountId: $accountId) { id } }';
    expectSameNotFound(
      await asAlice(query, { companyId: bobsCompany, accountId: idOf(bobsPartner) }),
      await asAlice(query, { companyId: randomUUID(), accountId: idOf(bobsPartner) }),
    );
    const [row] = await app.sql('SELECT count(*)::int AS n FROM company_representatives WHERE company_id = $1', [bobsCompany]);
    expect(row.n).toBe(2);
  });

  it('createEstablishment', async () => {
    const query = 'mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id } }';
    const servicePointCode = await firstServicePointCode(app, alice.token);
    expectSameNotFound(
      await asAlice(query, { input: { companyId: bobsCompany, servicePointCode } }),
      await asAlice(query, { input: { companyId: randomUUID(), servicePointCode } }),
    );
    const [row] = await app.sql('SELECT count(*)::int AS n FROM establishments WHERE company_id = $1', [bobsCompany]);
    expect(row.n).toBe(0);
  });

  it('recordJourneyActivity', async () => {
    const query = 'mutation($input: JourneyActivityInput!) { recordJourneyActivity(input: $input) { elapsedSeconds } }';
    expectSameNotFound(
      await asAlice(query, { input: { companyId: bobsCompany, preCompanySeconds: 500 } }),
      await asAlice(query, { input: { companyId: randomUUID(), preCompanySeconds: 500 } }),
    );
    const [row] = await app.sql('SELECT last_heartbeat_at, pre_company_seconds FROM onboarding_journeys WHERE company_id = $1', [
      bobsCompany,
    ]);
    expect(row).toEqual({ last_heartbeat_at: null, pre_company_seconds: null });
  });

  it('malformed ids answer the same NOT_FOUND', async () => {
    const query = 'query($id: ID!) { company(id: $id) { id } }';
    expectSameNotFound(await asAlice(query, { id: 'not-a-uuid' }), await asAlice(query, { id: randomUUID() }));
  });

  it('register extract upload (REST)', async () => {
    const upload = (companyId: string) =>
      request(app.http)
        .post(`/api/companies/${companyId}/register-extract`)
        .set('authorization', `Bearer ${alice.token}`)
        .attach('file', PDF, 'forged.pdf');
    const foreign = await upload(bobsCompany);
    const unknown = await upload(randomUUID());
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.body.message).toBe(unknown.body.message);
    const [row] = await app.sql('SELECT file_name FROM company_register_extracts WHERE company_id = $1', [bobsCompany]);
    expect(row.file_name).toBe('extract.pdf');
  });

  it('register extract download (REST)', async () => {
    const download = (companyId: string) =>
      request(app.http).get(`/api/companies/${companyId}/register-extract`).set('authorization', `Bearer ${alice.token}`);
    const foreign = await download(bobsCompany);
    const unknown = await download(randomUUID());
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.body).toEqual({ ...unknown.body, correlationId: foreign.body.correlationId });
  });

  it('myCompanies lists only the caller’s companies', async () => {
    const mine = await asAlice('{ myCompanies { id legalName } }', {});
    expect(mine.data.myCompanies.map((company: { legalName: string }) => company.legalName)).toEqual(['Alice BV']);
  });
});

import request from 'supertest';
import { DataSource } from 'typeorm';
import { EstablishmentLifecycle } from '../src/companies/establishment-lifecycle.service.js';
import { accountWithRoles, linkTokenFrom, signedInAccount, uniqueEmail } from './support/accounts.js';
import {
  COMPANY_FIELDS,
  TEST_COMPANY,
  createCompanyForTest,
  createEstablishmentForTest,
  firstServicePointCode,
} from './support/companies.js';
import { graphql } from './support/graphql.js';
import { verifyIdentityForTest } from './support/identity-verification.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const idOf = (person: { account: unknown }) => (person.account as { id: string }).id;

const CREATE = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { ${COMPANY_FIELDS} } }`;
const JOURNEY = `query($companyId: ID!) { companyJourney(companyId: $companyId) { id elapsedSeconds doneSteps totalSteps nextStep state steps { step status link detailKey documents { labelKey url } } } }`;
const BEAT = 'mutation($input: JourneyActivityInput!) { recordJourneyActivity(input: $input) { elapsedSeconds heartbeatSeconds } }';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

type Person = Awaited<ReturnType<typeof signedInAccount>>;

async function refreshed(app: TestApp, person: Person): Promise<Person & { roles: string[] }> {
  const result = await graphql<any>(
    app,
    'mutation { refreshSession { accessToken account { roles } } }',
    {},
    { refreshCookie: person.refreshCookie },
  );
  return {
    ...person,
    token: result.data.refreshSession.accessToken,
    refreshCookie: result.refreshCookie!,
    roles: result.data.refreshSession.account.roles,
  };
}

describe('companies, representatives, establishments and the onboarding journey', () => {
  let app: TestApp;
  let owner: Person;

  beforeAll(async () => {
    app = await createTestApp();
    owner = await signedInAccount(app);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('creating a company', () => {
    it('needs a verified identity of at least substantial', async () => {
      const result = await graphql<any>(app, CREATE, { input: TEST_COMPANY }, { token: owner.token });
      expect(result.errors?.[0].extensions.code).toBe('ASSURANCE_TOO_LOW');
      const [row] = await app.sql('SELECT count(*)::int AS n FROM companies');
      expect(row.n).toBe(0);
    });

    it('refuses a VAT id with wrong check digits, an unknown country and a bad website, each as a field error', async () => {
      await verifyIdentityForTest(app, idOf(owner), 'substantial');
      const result = await graphql<any>(
        app,
        CREATE,
        {
          input: {
            ...TEST_COMPANY,
            vatId: 'FR40303265046',
            headOffice: { ...TEST_COMPANY.headOffice, countryCode: 'XX' },
            website: 'not a website',
          },
        },
        { token: owner.token, language: 'en' },
      );
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const details = result.errors![0].extensions.details!;
      expect(details.map((detail) => detail.field).sort()).toEqual(['headOffice.countryCode', 'vatId', 'website']);
      expect(details.find((detail) => detail.field === 'vatId')!.message).toMatch(/check digits/);
    });

    it('refuses a VAT id of another country, an unknown country of registration and an empty legal form', async () => {
      const otherCountry = await graphql<any>(
        app,
        CREATE,
        { input: { ...TEST_COMPANY, vatId: 'NL004495445B01' } },
        { token: owner.token, language: 'de' },
      );
      expect(otherCountry.errors?.[0].extensions.details).toEqual([
        expect.objectContaining({ field: 'vatId', constraint: 'countryPrefix', message: expect.stringContaining('FR') }),
      ]);
      const unknownCountry = await graphql<any>(
        app,
        CREATE,
        { input: { ...TEST_COMPANY, countryCode: 'QQ', vatId: null } },
        { token: owner.token },
      );
      expect(unknownCountry.errors?.[0].extensions.details).toEqual([expect.objectContaining({ field: 'countryCode' })]);
      const noLegalForm = await graphql<any>(app, CREATE, { input: { ...TEST_COMPANY, legalForm: '   ' } }, { token: owner.token });
      expect(noLegalForm.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(noLegalForm.errors?.[0].extensions.details?.[0].field).toBe('legalForm');
    });

    it('accepts a non-EU company with a free-text legal form and its own tax number format', async () => {
      const result = await graphql<any>(
        app,
        CREATE,
        {
          input: {
            ...TEST_COMPANY,
            legalName: 'Istanbul Tekstil',
            legalForm: 'Kollektif Şirket',
            countryCode: 'TR',
            vatId: '1234567890',
            headOffice: { ...TEST_COMPANY.headOffice, countryCode: 'TR' },
          },
        },
        { token: owner.token, language: 'de' },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.createCompany).toMatchObject({
        countryCode: 'TR',
        countryName: 'Türkiye',
        legalForm: 'Kollektif Şirket',
        vatId: '1234567890',
        myRole: 'owner',
      });
    });

    it('creates the company with the caller as owner, normalised VAT id and website, and grants company_rep', async () => {
      const result = await graphql<any>(
        app,
        CREATE,
        { input: { ...TEST_COMPANY, vatId: 'fr 40 303 265 045', preCompanySeconds: 99_999 } },
        { token: owner.token, language: 'en' },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.createCompany).toMatchObject({
        legalName: TEST_COMPANY.legalName,
        countryName: 'France',
        vatId: 'FR40303265045',
        website: 'https://boulangerie-durand.example',
        myRole: 'owner',
      });
      owner = await refreshed(app, owner);
      expect((owner as any).roles).toContain('company_rep');
      const [journey] = await app.sql<{ pre_company_seconds: number }>(
        'SELECT pre_company_seconds FROM onboarding_journeys WHERE company_id = $1',
        [result.data.createCompany.id],
      );
      expect(journey.pre_company_seconds).toBe(app.config.companies.preCompanyMaxSeconds);
      const mine = await graphql<any>(app, '{ myCompanies { id legalName } }', {}, { token: owner.token });
      expect(mine.data.myCompanies.map((company: { id: string }) => company.id)).toContain(result.data.createCompany.id);
    });

    it('lists the common legal forms of a country', async () => {
      const result = await graphql<any>(
        app,
        '{ fr: companyLegalForms(countryCode: "FR") pl: companyLegalForms(countryCode: "PL") }',
        {},
        { token: owner.token },
      );
      expect(result.data.fr).toEqual(expect.arrayContaining(['SAS', 'SARL', 'SA']));
      expect(result.data.pl).toContain('sp. z o.o.');
    });

    it('lets owners update the profile with the same validation', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      const bad = await graphql<any>(
        app,
        `
          mutation ($input: UpdateCompanyInput!) {
            updateCompany(input: $input) {
              id
            }
          }
        `,
        { input: { ...TEST_COMPANY, companyId, vatId: 'FR00000000001' } },
        { token: owner.token },
      );
      expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const good = await graphql<any>(
        app,
        `
          mutation ($input: UpdateCompanyInput!) {
            updateCompany(input: $input) {
              id
              legalName
            }
          }
        `,
        { input: { ...TEST_COMPANY, companyId, legalName: 'Durand Frères SAS' } },
        { token: owner.token },
      );
      expect(good.data.updateCompany.legalName).toBe('Durand Frères SAS');
    });
  });

  describe('register extract', () => {
    it('stores a PDF checked by content and refuses anything else', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      const refused = await request(app.http)
        .post(`/api/companies/${companyId}/register-extract`)
        .set('authorization', `Bearer ${owner.token}`)
        .attach('file', Buffer.from('MZ not a pdf at all'), 'extract.pdf');
      expect(refused.status).toBe(400);
      expect(refused.body.code ?? refused.body.error?.code).toBe('BAD_USER_INPUT');
      const stored = await request(app.http)
        .post(`/api/companies/${companyId}/register-extract`)
        .set('authorization', `Bearer ${owner.token}`)
        .attach('file', PDF, 'Kbis.pdf');
      expect(stored.status).toBe(201);
      expect(stored.body).toMatchObject({
        fileName: 'Kbis.pdf',
        mediaType: 'application/pdf',
        downloadPath: `/api/companies/${companyId}/register-extract`,
      });
      const download = await request(app.http).get(stored.body.downloadPath).set('authorization', `Bearer ${owner.token}`).buffer(true);
      expect(download.status).toBe(200);
      expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
      const journey = await graphql<any>(app, JOURNEY, { companyId }, { token: owner.token });
      const companyStep = journey.data.companyJourney.steps.find((step: { step: string }) => step.step === 'company');
      expect(companyStep.documents).toEqual([{ labelKey: 'companies:documents.registerExtract', url: stored.body.downloadPath }]);
    });
  });

  describe('representatives and invitations', () => {
    it('invites by e-mail; another account accepts and becomes a representative with the role', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      const inviteeEmail = uniqueEmail('director');
      const invited = await graphql<any>(
        app,
        'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id email role status } }',
        { input: { companyId, email: inviteeEmail, role: 'managing_director' } },
        { token: owner.token },
      );
      expect(invited.data.inviteRepresentative).toMatchObject({ email: inviteeEmail, role: 'managing_director', status: 'pending' });
      const token = await linkTokenFrom(app, inviteeEmail, 'company_invitation');
      const invitee = await signedInAccount(app, inviteeEmail);
      const preview = await graphql<any>(
        app,
        'query($token: String!) { companyInvitation(token: $token) { companyName role status } }',
        { token },
        { token: invitee.token },
      );
      expect(preview.data.companyInvitation).toEqual({ companyName: TEST_COMPANY.legalName, role: 'managing_director', status: 'pending' });
      const accepted = await graphql<any>(
        app,
        'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id myRole } }',
        { token },
        { token: invitee.token },
      );
      expect(accepted.data.acceptCompanyInvitation).toEqual({ id: companyId, myRole: 'managing_director' });
      const again = await graphql<any>(
        app,
        'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id } }',
        { token },
        { token: invitee.token },
      );
      expect(again.errors?.[0].extensions.reason).toBe('INVITATION_ACCEPTED');
      const company = await graphql<any>(
        app,
        'query($id: ID!) { company(id: $id) { representatives { accountId role email givenName identityVerified } } }',
        { id: companyId },
        { token: invitee.token },
      );
      expect(company.data.company.representatives).toEqual([
        expect.objectContaining({ accountId: idOf(owner), role: 'owner', givenName: 'Erika', identityVerified: true }),
        expect.objectContaining({ accountId: idOf(invitee), role: 'managing_director', email: inviteeEmail, identityVerified: false }),
      ]);
      expect((await refreshed(app, invitee)).roles).toContain('company_rep');
      // Only owners invite.
      const byDirector = await graphql<any>(
        app,
        'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }',
        { input: { companyId, email: uniqueEmail(), role: 'owner' } },
        { token: invitee.token },
      );
      expect(byDirector.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('revokes an invitation and refuses expired ones', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      const email = uniqueEmail('revoked');
      const invited = await graphql<any>(
        app,
        'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }',
        { input: { companyId, email, role: 'authorised_representative' } },
        { token: owner.token },
      );
      const token = await linkTokenFrom(app, email, 'company_invitation');
      const revoked = await graphql<any>(
        app,
        'mutation($id: ID!) { revokeCompanyInvitation(invitationId: $id) { id status } }',
        { id: invited.data.inviteRepresentative.id },
        { token: owner.token },
      );
      expect(revoked.data.revokeCompanyInvitation.status).toBe('revoked');
      const person = await signedInAccount(app, email);
      const refused = await graphql<any>(
        app,
        'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id } }',
        { token },
        { token: person.token },
      );
      expect(refused.errors?.[0].extensions.reason).toBe('INVITATION_REVOKED');

      const laterEmail = uniqueEmail('late');
      await graphql<any>(
        app,
        'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }',
        { input: { companyId, email: laterEmail, role: 'authorised_representative' } },
        { token: owner.token },
      );
      await app.sql(`UPDATE company_invitations SET expires_at = now() - interval '1 minute' WHERE email = $1`, [laterEmail]);
      const late = await signedInAccount(app, laterEmail);
      const expired = await graphql<any>(
        app,
        'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id } }',
        { token: await linkTokenFrom(app, laterEmail, 'company_invitation') },
        { token: late.token },
      );
      expect(expired.errors?.[0].extensions.reason).toBe('INVITATION_EXPIRED');
      const unknown = await graphql<any>(
        app,
        'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id } }',
        { token: 'x'.repeat(43) },
        { token: late.token },
      );
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('caps the open invitations of a company', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      await app.sql(
        `INSERT INTO company_invitations (company_id, email, role, token_hash, expires_at)
         SELECT $1, 'bulk' || n || '@example.org', 'authorised_representative', md5(random()::text) || md5(random()::text), now() + interval '1 day' FROM generate_series(1, 20) AS n`,
        [companyId],
      );
      const email = uniqueEmail('one-too-many');
      const refused = await graphql<any>(
        app,
        'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }',
        { input: { companyId, email, role: 'owner' } },
        { token: owner.token },
      );
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOO_MANY_INVITATIONS' });
      expect(await app.mailbox.list(email)).toHaveLength(0);
    });

    it('lets an authorised representative read and report time, but not change the profile or set up the office', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      const email = uniqueEmail('agent');
      await graphql<any>(
        app,
        'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }',
        { input: { companyId, email, role: 'authorised_representative' } },
        { token: owner.token },
      );
      const agent = await signedInAccount(app, email);
      await graphql<any>(
        app,
        'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id } }',
        { token: await linkTokenFrom(app, email, 'company_invitation') },
        { token: agent.token },
      );
      const read = await graphql<any>(
        app,
        'query($id: ID!) { company(id: $id) { myRole invitations { id } } }',
        { id: companyId },
        { token: agent.token },
      );
      expect(read.data.company).toEqual({ myRole: 'authorised_representative', invitations: [] });
      const beat = await graphql<any>(app, BEAT, { input: { companyId } }, { token: agent.token });
      expect(beat.errors).toBeUndefined();
      const update = await graphql<any>(
        app,
        'mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id } }',
        { input: { ...TEST_COMPANY, companyId } },
        { token: agent.token },
      );
      expect(update.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const office = await graphql<any>(
        app,
        'mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id } }',
        { input: { companyId, servicePointCode: await firstServicePointCode(app, agent.token) } },
        { token: agent.token },
      );
      expect(office.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const journey = await graphql<any>(app, JOURNEY, { companyId }, { token: agent.token });
      expect(journey.data.companyJourney.steps.find((step: { step: string }) => step.step === 'identity')).toMatchObject({
        status: 'action_required',
        link: `/identity?companyId=${companyId}`,
      });
    });

    it('removes a representative but never the last owner', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      const email = uniqueEmail('removed');
      await graphql<any>(
        app,
        'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }',
        { input: { companyId, email, role: 'authorised_representative' } },
        { token: owner.token },
      );
      const person = await signedInAccount(app, email);
      await graphql<any>(
        app,
        'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id } }',
        { token: await linkTokenFrom(app, email, 'company_invitation') },
        { token: person.token },
      );
      const REMOVE =
        'mutation($companyId: ID!, $accountId: ID!) { removeCompanyRepresentative(companyId: $companyId, accountId: $accountId) { representatives { accountId } } }';
      const lastOwner = await graphql<any>(app, REMOVE, { companyId, accountId: idOf(owner) }, { token: owner.token });
      expect(lastOwner.errors?.[0].extensions.reason).toBe('LAST_OWNER');
      const removed = await graphql<any>(app, REMOVE, { companyId, accountId: idOf(person) }, { token: owner.token });
      expect(removed.data.removeCompanyRepresentative.representatives).toEqual([{ accountId: idOf(owner) }]);
      const gone = await graphql<any>(app, 'query($id: ID!) { company(id: $id) { id } }', { id: companyId }, { token: person.token });
      expect(gone.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('establishment', () => {
    it('creates the representative office and allocates its business address in one go; only one per company', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      const unknownPoint = await graphql<any>(
        app,
        'mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id } }',
        { input: { companyId, servicePointCode: 'nowhere' } },
        { token: owner.token },
      );
      expect(unknownPoint.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const [none] = await app.sql('SELECT count(*)::int AS n FROM establishments WHERE company_id = $1', [companyId]);
      expect(none.n).toBe(0);

      const { establishmentId } = await createEstablishmentForTest(app, owner.token, companyId);
      const company = await graphql<any>(
        app,
        'query($id: ID!) { company(id: $id) { establishments { id kind status businessAddressLines } } }',
        { id: companyId },
        { token: owner.token },
      );
      const [establishment] = company.data.company.establishments;
      expect(establishment).toMatchObject({ id: establishmentId, kind: 'representative_office', status: 'setting_up' });
      expect(establishment.businessAddressLines.join('\n')).toMatch(/Bochum/);
      expect(establishment.businessAddressLines.join('\n')).toContain(TEST_COMPANY.legalName);
      const [allocation] = await app.sql('SELECT count(*)::int AS n FROM business_address_allocations WHERE establishment_id = $1', [
        establishmentId,
      ]);
      expect(allocation.n).toBe(1);

      const second = await graphql<any>(
        app,
        'mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id } }',
        { input: { companyId, servicePointCode: await firstServicePointCode(app, owner.token) } },
        { token: owner.token },
      );
      expect(second.errors?.[0].extensions.reason).toBe('ESTABLISHMENT_EXISTS');

      // Registered by the trade office (through the lifecycle other domains call), the office is active; once.
      const lifecycle = app.app.get(EstablishmentLifecycle, { strict: false });
      const dataSource = app.app.get(DataSource, { strict: false });
      expect(await dataSource.transaction((manager) => lifecycle.activate(manager, establishmentId))).toBe(true);
      expect(await dataSource.transaction((manager) => lifecycle.activate(manager, establishmentId))).toBe(false);
      const [status] = await app.sql('SELECT status FROM establishments WHERE id = $1', [establishmentId]);
      expect(status.status).toBe('active');
    });
  });

  describe('journey', () => {
    it('shows the step states in journey order and the next action', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      const before = await graphql<any>(app, JOURNEY, { companyId }, { token: owner.token });
      const states = Object.fromEntries(
        before.data.companyJourney.steps.map((step: { step: string; status: string }) => [step.step, step.status]),
      );
      expect(states).toMatchObject({ account: 'done', identity: 'done', company: 'done', establishment: 'not_started' });
      expect(before.data.companyJourney.steps.map((step: { step: string }) => step.step)).toEqual([
        'account',
        'identity',
        'company',
        'establishment',
        'trade_registration',
        'business_address',
        'bank_account',
        'signature_certificate',
        'done',
      ]);
      expect(before.data.companyJourney.nextStep).toBe('establishment');
      expect(states.done).toBe('not_started');
      await createEstablishmentForTest(app, owner.token, companyId);
      const after = await graphql<any>(app, JOURNEY, { companyId }, { token: owner.token });
      expect(after.data.companyJourney.steps.find((step: { step: string }) => step.step === 'establishment')).toMatchObject({
        status: 'done',
        link: `/company/${companyId}/establishment`,
      });
      expect(after.data.companyJourney.doneSteps).toBe(before.data.companyJourney.doneSteps + 1);
    });

    it('shows account and identity on the start page before a company exists', async () => {
      const newcomer = await signedInAccount(app);
      const steps = await graphql<any>(app, '{ onboardingStartSteps { step status link } }', {}, { token: newcomer.token });
      expect(steps.data.onboardingStartSteps).toEqual([
        { step: 'account', status: 'done', link: '/account' },
        { step: 'identity', status: 'not_started', link: '/identity?returnTo=/company/new' },
      ]);
    });

    it('credits at most one heartbeat interval per beat, nothing for idle gaps or duplicates, and the pre-company time once', async () => {
      const { companyId } = await createCompanyForTest(app, owner.token);
      const interval = app.config.companies.heartbeatSeconds;
      const beat = (preCompanySeconds?: number) =>
        graphql<any>(app, BEAT, { input: { companyId, preCompanySeconds } }, { token: owner.token });
      const setLastBeat = (secondsAgo: number) =>
        app.sql(`UPDATE onboarding_journeys SET last_heartbeat_at = now() - make_interval(secs => $2) WHERE company_id = $1`, [
          companyId,
          secondsAgo,
        ]);

      const first = await beat(120);
      expect(first.data.recordJourneyActivity).toEqual({ elapsedSeconds: 120, heartbeatSeconds: interval });
      await setLastBeat(interval - 5);
      const second = (await beat()).data.recordJourneyActivity.elapsedSeconds;
      // The request itself takes a moment on a busy machine; the credit is the real gap, whole seconds.
      expect(second - 120).toBeGreaterThanOrEqual(interval - 5);
      expect(second - 120).toBeLessThanOrEqual(interval - 3);
      await setLastBeat(interval * 2 - 1); // a late beat: capped at one interval
      const third = (await beat()).data.recordJourneyActivity.elapsedSeconds;
      expect(third).toBe(second + interval);
      await setLastBeat(3600); // away for an hour: nothing
      expect((await beat()).data.recordJourneyActivity.elapsedSeconds).toBe(third);
      await setLastBeat(0); // a duplicate beat at the same moment, and a second pre-company claim is ignored
      const duplicate = await beat(500);
      expect(duplicate.data.recordJourneyActivity.elapsedSeconds).toBeLessThanOrEqual(third + 2);
      const journey = await graphql<any>(app, JOURNEY, { companyId }, { token: owner.token });
      expect(journey.data.companyJourney.elapsedSeconds).toBe(duplicate.data.recordJourneyActivity.elapsedSeconds);
    });
  });

  describe('staff', () => {
    it('lists journeys in progress, stuck and completed for economic development only, audited', async () => {
      const { companyId: fresh } = await createCompanyForTest(app, owner.token, {
        legalName: 'Fresh SARL',
        legalForm: 'SARL',
        vatId: null,
      });
      const { companyId: stale } = await createCompanyForTest(app, owner.token, {
        legalName: 'Stale SARL',
        legalForm: 'SARL',
        vatId: null,
      });
      await app.sql(`UPDATE onboarding_journeys SET last_activity_at = now() - interval '30 days' WHERE company_id = $1`, [stale]);
      const staff = await accountWithRoles(app, ['staff_economic_development']);
      const LIST = `query($state: OnboardingJourneyState) { onboardingJourneys(filter: { state: $state }, page: { first: 100 }) { nodes { companyId state elapsedSeconds lastActivityAt steps { step status } company { legalName representatives { accountId } } } pageInfo { hasNextPage } } }`;
      const inProgress = await graphql<any>(app, LIST, { state: 'in_progress' }, { token: staff.token });
      expect(inProgress.errors).toBeUndefined();
      const inProgressIds = inProgress.data.onboardingJourneys.nodes.map((node: { companyId: string }) => node.companyId);
      expect(inProgressIds).toContain(fresh);
      expect(inProgressIds).not.toContain(stale);
      const stuck = await graphql<any>(app, LIST, { state: 'stuck' }, { token: staff.token });
      const stuckNode = stuck.data.onboardingJourneys.nodes.find((node: { companyId: string }) => node.companyId === stale);
      expect(stuckNode).toMatchObject({
        state: 'stuck',
        company: { legalName: 'Stale SARL', representatives: [{ accountId: idOf(owner) }] },
      });
      expect(stuck.data.onboardingJourneys.nodes.map((node: { companyId: string }) => node.companyId)).not.toContain(fresh);
      const [audit] = await app.sql(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'company.journeys_listed_by_staff' AND actor_account_id = $1`,
        [idOf(staff)],
      );
      expect(audit.n).toBe(2);
      const [paged] = [
        await graphql<any>(
          app,
          `
            query {
              onboardingJourneys(page: { first: 1 }) {
                nodes {
                  companyId
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          `,
          {},
          { token: staff.token },
        ),
      ];
      expect(paged.data.onboardingJourneys.nodes).toHaveLength(1);
      expect(paged.data.onboardingJourneys.pageInfo.hasNextPage).toBe(true);
      const next = await graphql<any>(
        app,
        `
          query ($after: String) {
            onboardingJourneys(page: { first: 1, after: $after }) {
              nodes {
                companyId
              }
            }
          }
        `,
        { after: paged.data.onboardingJourneys.pageInfo.endCursor },
        { token: staff.token },
      );
      expect(next.data.onboardingJourneys.nodes[0].companyId).not.toBe(paged.data.onboardingJourneys.nodes[0].companyId);
      const staffRead = await graphql<any>(
        app,
        'query($id: ID!) { company(id: $id) { legalName myRole } }',
        { id: stale },
        { token: staff.token },
      );
      expect(staffRead.data.company).toEqual({ legalName: 'Stale SARL', myRole: null });
      const staffJourney = await graphql<any>(
        app,
        'query($id: ID!) { companyJourney(companyId: $id) { state } }',
        { id: stale },
        { token: staff.token },
      );
      expect(staffJourney.data.companyJourney.state).toBe('stuck');
      const audited = await app.sql<{ action: string }>(
        `SELECT action FROM audit_events WHERE actor_account_id = $1 AND subject_id = $2 ORDER BY occurred_at`,
        [idOf(staff), stale],
      );
      expect(audited.map((row) => row.action)).toEqual(['company.viewed_by_staff', 'company.journey_viewed_by_staff']);
      const completed = await graphql<any>(app, LIST, { state: 'completed' }, { token: staff.token });
      expect(completed.data.onboardingJourneys.nodes.map((node: { companyId: string }) => node.companyId)).not.toContain(fresh);

      const citizensOffice = await accountWithRoles(app, ['staff_citizens_office']);
      const refused = await graphql<any>(app, LIST, { state: null }, { token: citizensOffice.token });
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const refusedRead = await graphql<any>(
        app,
        'query($id: ID!) { company(id: $id) { id } }',
        { id: stale },
        { token: citizensOffice.token },
      );
      expect(refusedRead.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const representative = await graphql<any>(app, LIST, {}, { token: owner.token });
      expect(representative.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });
});

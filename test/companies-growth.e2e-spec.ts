import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { GrowthOffice } from '../src/companies/growth/growth-office.service.js';
import { STRONG_PASSWORD, accountWithRoles, linkTokenFrom, signedInAccount, uniqueEmail } from './support/accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from './support/companies.js';
import { graphql, type GraphqlResponse } from './support/graphql.js';
import { verifyIdentityForTest } from './support/identity-verification.js';
import { jobsSettled } from './support/payments.js';
import { pdfText } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import {
  START_TRADE_REGISTRATION,
  berlinDate,
  registerTradeRegistrationForTest,
  submitTradeRegistrationForTest,
} from './support/trade-registration.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PLAN_FIELDS = `id companyId establishmentId kind stage establishmentStatus businessAddressLines
  checklist { item required fileName mediaType uploadedAt path }
  subsidiary { name legalForm shareCapitalCents articles shareholders { name countryCode nominalCents isParentCompany } managingDirectorAccountIds }
  onlineNotarisation { accountId givenName familyName method nationality eligible reason }
  businessStartDate deadlines { kind dueOn doneAt remindedAt } packages { package pdfPath jsonPath }
  handedOverAt registerCourt registerNumber registeredAt`;
const COMPANY_GROWTH = `query($companyId: ID!) { companyGrowth(companyId: $companyId) { ${PLAN_FIELDS} } }`;
const START_BRANCH = `mutation($companyId: ID!) { startBranch(companyId: $companyId) { ${PLAN_FIELDS} } }`;
const SAVE_SUBSIDIARY = `mutation($input: SaveSubsidiaryInput!) { saveSubsidiary(input: $input) { ${PLAN_FIELDS} } }`;
const HAND_OVER = `mutation($planId: ID!) { handOverGrowthPlan(planId: $planId) { ${PLAN_FIELDS} } }`;
const RECORD_REGISTRATION = `mutation($input: RecordGrowthRegistrationInput!) { recordGrowthRegistration(input: $input) { ${PLAN_FIELDS} } }`;
const BUSINESS_START = `mutation($planId: ID!, $date: String!) { setGrowthBusinessStart(planId: $planId, date: $date) { ${PLAN_FIELDS} } }`;
const MARK_DEADLINE = `mutation($input: GrowthDeadlineInput!) { markGrowthDeadline(input: $input) { ${PLAN_FIELDS} } }`;
const GROWING = '{ growingCompanies { companyId legalName countryCode planId kind stage updatedAt } }';
const MESSAGE = 'mutation($input: GrowthOfficeMessageInput!) { messageGrowingCompany(input: $input) }';
const NOTIFICATIONS = '{ myNotifications(page: { first: 10 }) { nodes { kind title body link } } }';

type Person = Awaited<ReturnType<typeof signedInAccount>>;
const idOf = (person: { account: unknown }) => (person.account as { id: string }).id;
const fieldsOf = (response: GraphqlResponse) =>
  Object.fromEntries(
    ((response.errors?.[0]?.extensions.details as { field: string; message: string }[]) ?? []).map((detail) => [
      detail.field,
      detail.message,
    ]),
  );

function subsidiaryInput(companyId: string, directorIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    companyId,
    name: 'Durand Bochum GmbH',
    legalForm: 'gmbh',
    shareCapitalCents: 2_500_000,
    articles: 'own',
    shareholders: [{ name: 'Boulangerie Durand SAS', countryCode: 'FR', nominalCents: 2_500_000, isParentCompany: true }],
    managingDirectorAccountIds: directorIds,
    ...overrides,
  };
}

describe('companies: growing from the representative office to a branch and a subsidiary (e2e)', () => {
  let app: TestApp;
  let staff: Person;
  let alice: Person;
  let aliceCompany: string;
  let aliceOffice: string;
  let partner: Person;
  let clerk: Person;
  let bob: Person;
  let bobsCompany: string;
  let branchId: string;
  let subsidiaryId: string;

  const as = (person: Person, query: string, variables: Record<string, unknown> = {}, language?: string) =>
    graphql<any>(app, query, variables, { token: person.token, language });

  const invite = async (companyId: string, owner: Person, role: string) => {
    const email = uniqueEmail(role);
    await as(owner, 'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }', {
      input: { companyId, email, role },
    });
    const person = await signedInAccount(app, email);
    const accepted = await as(person, 'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id } }', {
      token: await linkTokenFrom(app, email, 'company_invitation'),
    });
    expect(accepted.errors).toBeUndefined();
    return person;
  };

  beforeAll(async () => {
    app = await createTestApp({ JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    staff = await accountWithRoles(app, ['staff_economic_development'], 'de');
    alice = await signedInAccount(app, uniqueEmail('alice'), STRONG_PASSWORD, 'de');
    ({ companyId: aliceCompany } = await createCompanyForTest(app, alice.token));
    ({ establishmentId: aliceOffice } = await createEstablishmentForTest(app, alice.token, aliceCompany));
    partner = await invite(aliceCompany, alice, 'managing_director');
    await verifyIdentityForTest(app, idOf(partner), 'substantial', {
      givenName: 'Arjun',
      familyName: 'Sharma',
      nationality: 'IN',
      method: 'video' as never,
    });
    clerk = await invite(aliceCompany, alice, 'authorised_representative');
    bob = await signedInAccount(app);
    ({ companyId: bobsCompany } = await createCompanyForTest(app, bob.token, {
      legalName: 'Bob BV',
      legalForm: 'BV',
      countryCode: 'NL',
      vatId: 'NL004495445B01',
    }));
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  it('needs an active representative office first (its trade is registered)', async () => {
    const early = await as(alice, START_BRANCH, { companyId: aliceCompany }, 'de');
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OFFICE_NOT_ACTIVE' });
    expect(early.errors?.[0].message).toBe('Zuerst muss die Repräsentanz aktiv sein: ihre Gewerbeanmeldung ist eingetragen.');
    const { tradeRegistrationId } = await submitTradeRegistrationForTest(app, alice.token, aliceCompany, aliceOffice);
    const [paid] = await app.sql<{ status: string }>('SELECT status FROM trade_registrations WHERE id = $1', [tradeRegistrationId]);
    if (paid.status === 'submitted') {
      const { payTradeRegistrationForTest } = await import('./support/trade-registration.js');
      await payTradeRegistrationForTest(app, alice.token, tradeRegistrationId);
    }
    await registerTradeRegistrationForTest(app, staff.token, tradeRegistrationId);
    const [office] = await app.sql<{ status: string }>('SELECT status FROM establishments WHERE id = $1', [aliceOffice]);
    expect(office.status).toBe('active');
  });

  it('branch: starts at the office address, with the checklist; owners and managing directors only', async () => {
    const denied = await as(clerk, START_BRANCH, { companyId: aliceCompany });
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWNER_REQUIRED' });
    const started = await as(alice, START_BRANCH, { companyId: aliceCompany });
    expect(started.errors).toBeUndefined();
    const plan = started.data.startBranch;
    branchId = plan.id;
    const [office] = await app.sql<{ business_address_lines: string[] }>(
      'SELECT business_address_lines FROM establishments WHERE id = $1',
      [aliceOffice],
    );
    expect(plan).toMatchObject({
      kind: 'branch',
      stage: 'preparing',
      establishmentStatus: 'setting_up',
      businessAddressLines: office.business_address_lines,
    });
    expect(plan.establishmentId).not.toBe(aliceOffice);
    // A French parent: no apostille between EU states; the other three are needed.
    expect(plan.checklist.map((entry: any) => [entry.item, entry.required])).toEqual([
      ['parent_existence_proof', true],
      ['permanent_representatives', true],
      ['certified_translations', true],
      ['apostille', false],
    ]);
    expect(plan.packages.map((entry: any) => entry.package)).toEqual(['notary']);
    const again = await as(alice, START_BRANCH, { companyId: aliceCompany });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'GROWTH_PLAN_EXISTS' });
    const read = await as(clerk, COMPANY_GROWTH, { companyId: aliceCompany });
    expect(read.data.companyGrowth.map((entry: any) => entry.id)).toEqual([branchId]);
  });

  it('branch: uploads per item (checked by content), hand-over only when complete, then the register entry', async () => {
    const incomplete = await as(alice, HAND_OVER, { planId: branchId }, 'de');
    expect(incomplete.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHECKLIST_INCOMPLETE' });
    expect(incomplete.errors?.[0].message).toBe('Es fehlen noch 3 Nachweise der Checkliste.');
    const upload = (item: string, content: Buffer, token = alice.token, name = `${item}.pdf`) =>
      request(app.http)
        .post(`/api/companies/growth/${branchId}/documents/${item}`)
        .set('authorization', `Bearer ${token}`)
        .attach('file', content, name);
    const text = await upload('parent_existence_proof', Buffer.from('not a pdf at all'));
    expect(text.status).toBe(400);
    expect(text.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT_TYPE_NOT_ALLOWED',
      message: 'Bitte laden Sie den Nachweis als PDF, JPEG oder PNG hoch.',
    });
    expect((await upload('unknown_item', PDF)).status).toBe(404);
    expect((await upload('parent_existence_proof', PDF, clerk.token)).status).toBe(403);
    for (const item of ['parent_existence_proof', 'permanent_representatives', 'certified_translations']) {
      const response = await upload(item, PDF);
      expect(response.status).toBe(201);
    }
    const replaced = await upload('parent_existence_proof', PDF, alice.token, 'Handelsregisterauszug 2026.pdf');
    expect(replaced.body.checklist[0]).toMatchObject({
      item: 'parent_existence_proof',
      fileName: 'Handelsregisterauszug 2026.pdf',
      mediaType: 'application/pdf',
    });
    const [{ count }] = await app.sql<{ count: string }>('SELECT count(*) FROM company_growth_documents WHERE plan_id = $1', [branchId]);
    expect(Number(count)).toBe(3);
    const download = await request(app.http)
      .get(`/api/companies/growth/${branchId}/documents/parent_existence_proof`)
      .set('authorization', `Bearer ${staff.token}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.body).equals(PDF)).toBe(true);

    const handed = await as(alice, HAND_OVER, { planId: branchId });
    expect(handed.errors).toBeUndefined();
    expect(handed.data.handOverGrowthPlan).toMatchObject({ stage: 'handed_over_to_notary' });
    expect((await upload('certified_translations', PDF)).status).toBe(409);

    const wrong = await as(
      alice,
      RECORD_REGISTRATION,
      { input: { planId: branchId, registerCourt: 'Amtsgericht Bochum', registerNumber: '12345' } },
      'de',
    );
    expect(wrong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(wrong)).toEqual({ registerNumber: 'Bitte geben Sie die Registernummer wie „HRB 12345“ oder „HRA 1234“ an.' });
    const registered = await as(alice, RECORD_REGISTRATION, {
      input: { planId: branchId, registerCourt: 'Amtsgericht Bochum', registerNumber: 'hra  4711' },
    });
    expect(registered.data.recordGrowthRegistration).toMatchObject({
      stage: 'registered',
      registerCourt: 'Amtsgericht Bochum',
      registerNumber: 'HRA 4711',
    });
  });

  it('branch: the notary’s data prefilled, as JSON and as PDF', async () => {
    const json = await request(app.http)
      .get(`/api/companies/growth/${branchId}/packages/notary.json`)
      .set('authorization', `Bearer ${alice.token}`);
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const data = JSON.parse(json.text);
    expect(data).toMatchObject({ package: 'notary', formatVersion: 1, planId: branchId });
    expect(data.data.parent).toMatchObject({
      legalName: 'Boulangerie Durand SAS',
      countryOfRegistration: 'FR',
      registerNumber: '303 265 045',
    });
    expect(data.data.branch.name).toBe('Boulangerie Durand SAS Zweigniederlassung Bochum');
    expect(data.data.branch.addressLines.length).toBeGreaterThan(1);
    expect(data.data.legalRepresentativesAndPermanentRepresentatives.map((person: any) => person.familyName)).toEqual([
      'Mustermann',
      'Sharma',
    ]);
    expect(data.data.documents).toHaveLength(3);
    expect(data.data.documents[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await request(app.http)
      .get(`/api/companies/growth/${branchId}/packages/notary.pdf`)
      .set('authorization', `Bearer ${alice.token}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('Zweigniederlassung');
    expect(text).toContain('Boulangerie Durand SAS');
    expect(text).toContain('Mustermann');
    const other = await request(app.http)
      .get(`/api/companies/growth/${branchId}/packages/tax_questionnaire.json`)
      .set('authorization', `Bearer ${alice.token}`);
    expect(other.status).toBe(404);
  });

  it('branch: its own trade registration as a Zweigniederlassung at the branch address', async () => {
    const [plan] = (await as(alice, COMPANY_GROWTH, { companyId: aliceCompany })).data.companyGrowth;
    const started = await as(alice, START_TRADE_REGISTRATION, {
      input: { companyId: aliceCompany, establishmentId: plan.establishmentId },
    });
    expect(started.errors).toBeUndefined();
    expect(started.data.startTradeRegistration).toMatchObject({
      establishmentId: plan.establishmentId,
      establishmentKind: 'zweigniederlassung',
      status: 'draft',
    });
    expect(started.data.startTradeRegistration.businessAddressLines).toEqual(plan.businessAddressLines);
  });

  it('subsidiary: validation in the caller’s language, on each field', async () => {
    const invalid = await as(
      alice,
      SAVE_SUBSIDIARY,
      {
        input: subsidiaryInput(aliceCompany, [idOf(alice), idOf(bob)], {
          name: 'Durand Bochum',
          shareCapitalCents: 1_000_000,
          articles: 'model_protocol',
        }),
      },
      'de',
    );
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(fieldsOf(invalid)).toEqual({
      name: 'Der Name muss auf „GmbH“ enden.',
      shareCapitalCents: 'Das Stammkapital einer GmbH beträgt mindestens 25000 Euro.',
      shareholders: 'Die Geschäftsanteile ergeben zusammen 25000 Euro, das Stammkapital beträgt 10000 Euro.',
      managingDirectorAccountIds: 'Geschäftsführer können nur Personen sein, die für das Unternehmen handeln.',
      articles: 'Das Musterprotokoll erlaubt nur eine Geschäftsführerin oder einen Geschäftsführer.',
    });
    const english = await as(
      partner,
      SAVE_SUBSIDIARY,
      { input: subsidiaryInput(aliceCompany, [], { legalForm: 'ug', name: 'Durand UG (haftungsbeschränkt)' }) },
      'en',
    );
    expect(fieldsOf(english)).toMatchObject({
      shareCapitalCents: 'The share capital of a UG is at least 1 euro and less than 25000 euros.',
      managingDirectorAccountIds: 'Please choose at least one managing director.',
    });
    const shape = await as(alice, SAVE_SUBSIDIARY, { input: { ...subsidiaryInput(aliceCompany, [idOf(alice)]), legalForm: 'ag' } });
    expect(shape.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('subsidiary: the online-notarisation check from each founder’s identification, and the three packages', async () => {
    const saved = await as(alice, SAVE_SUBSIDIARY, { input: subsidiaryInput(aliceCompany, [idOf(alice), idOf(partner)]) });
    expect(saved.errors).toBeUndefined();
    const plan = saved.data.saveSubsidiary;
    subsidiaryId = plan.id;
    expect(plan).toMatchObject({ kind: 'subsidiary', stage: 'preparing', checklist: [] });
    expect(plan.subsidiary).toMatchObject({ name: 'Durand Bochum GmbH', shareCapitalCents: 2_500_000, articles: 'own' });
    const checks = Object.fromEntries(
      plan.onlineNotarisation.map((check: any) => [check.familyName, [check.method, check.eligible, check.reason]]),
    );
    expect(checks).toEqual({ Mustermann: ['eid', true, 'eid'], Sharma: ['video', false, 'needs_eid_or_presence'] });
    expect(plan.packages.map((entry: any) => entry.package)).toEqual(['notary', 'transparency_register', 'tax_questionnaire']);

    const changed = await as(alice, SAVE_SUBSIDIARY, {
      input: subsidiaryInput(aliceCompany, [idOf(alice)], {
        shareCapitalCents: 3_000_000,
        shareholders: [{ name: 'Boulangerie Durand SAS', countryCode: 'fr', nominalCents: 3_000_000, isParentCompany: true }],
      }),
    });
    expect(changed.data.saveSubsidiary).toMatchObject({ id: subsidiaryId, subsidiary: { shareCapitalCents: 3_000_000 } });

    const get = (pkg: string) =>
      request(app.http).get(`/api/companies/growth/${subsidiaryId}/packages/${pkg}`).set('authorization', `Bearer ${alice.token}`);
    const notary = JSON.parse((await get('notary.json')).text);
    expect(notary.data.company).toMatchObject({
      name: 'Durand Bochum GmbH',
      legalForm: 'GmbH',
      seat: 'Bochum',
      shareCapitalCents: 3_000_000,
    });
    expect(notary.data.shareholders[0]).toMatchObject({ percent: 100, company: { legalName: 'Boulangerie Durand SAS' } });
    expect(notary.data.managingDirectors).toEqual([
      expect.objectContaining({ givenName: 'Erika', familyName: 'Mustermann', birthDate: '1984-01-12' }),
    ]);
    const transparency = JSON.parse((await get('transparency_register.json')).text);
    expect(transparency.data.fictitiousBeneficialOwners).toHaveLength(1);
    expect(transparency.toComplete).toContain('beneficialOwnersOfParent');
    const tax = JSON.parse((await get('tax_questionnaire.json')).text);
    expect(tax.data.form).toMatch(/Fragebogen zur steuerlichen Erfassung/);
    expect(tax.toComplete).toEqual(expect.arrayContaining(['bankAccount', 'expectedTurnover']));
    const pdf = await get('tax_questionnaire.pdf')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('Fragebogen zur steuerlichen Erfassung');
    expect(text).toContain('Durand Bochum GmbH');
    expect(text).toContain('30.000,00');

    const handed = await as(alice, HAND_OVER, { planId: subsidiaryId });
    expect(handed.data.handOverGrowthPlan.stage).toBe('handed_over_to_notary');
    const late = await as(alice, SAVE_SUBSIDIARY, { input: subsidiaryInput(aliceCompany, [idOf(alice)]) });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STAGE' });
    const hra = await as(alice, RECORD_REGISTRATION, {
      input: { planId: subsidiaryId, registerCourt: 'Amtsgericht Bochum', registerNumber: 'HRA 1' },
    });
    expect(hra.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('deadlines: trade and tax registration from the business start, reminded once in the reader’s language', async () => {
    const noStart = await as(alice, MARK_DEADLINE, { input: { planId: subsidiaryId, kind: 'tax_registration', done: true } });
    expect(noStart.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUSINESS_START_MISSING' });
    const bad = await as(alice, BUSINESS_START, { planId: subsidiaryId, date: '2026-02-30' });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const start = berlinDate(3);
    const set = await as(alice, BUSINESS_START, { planId: subsidiaryId, date: start });
    const deadlines = set.data.setGrowthBusinessStart.deadlines;
    expect(deadlines[0]).toMatchObject({ kind: 'trade_registration', dueOn: start, doneAt: null });
    expect(deadlines[1].kind).toBe('tax_registration');
    expect(deadlines[1].dueOn > start).toBe(true);

    const office = app.app.get(GrowthOffice, { strict: false });
    expect(await office.remindDue()).toBe(1);
    expect(await office.remindDue()).toBe(0);
    const notices = (await as(alice, NOTIFICATIONS)).data.myNotifications.nodes.filter(
      (node: any) => node.kind === 'company_growth_deadline',
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toMatch(/^Frist: Gewerbeanmeldung bis \d{1,2}\. \S+ \d{4}$/);
    expect(notices[0].link).toBe(`/company/${aliceCompany}/growth`);
    // Near the tax deadline (less than 7 days before): that one, once.
    expect(await office.remindDue(deadlines[1].dueOn)).toBe(1);
    const done = await as(alice, MARK_DEADLINE, { input: { planId: subsidiaryId, kind: 'trade_registration', done: true } });
    expect(done.data.markGrowthDeadline.deadlines[0].doneAt).not.toBeNull();
  });

  it('staff of economic development see growing companies and can message them; others cannot', async () => {
    const denied = await as(alice, GROWING);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const list = await as(staff, GROWING);
    expect(
      list.data.growingCompanies
        .filter((row: any) => row.companyId === aliceCompany)
        .map((row: any) => row.kind)
        .sort(),
    ).toEqual(['branch', 'subsidiary']);
    const staffRead = await as(staff, COMPANY_GROWTH, { companyId: aliceCompany });
    expect(staffRead.data.companyGrowth).toHaveLength(2);
    const noPlan = await as(staff, MESSAGE, { input: { companyId: bobsCompany, text: 'Hallo' } });
    expect(noPlan.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const tooShort = await as(staff, MESSAGE, { input: { companyId: aliceCompany, text: ' ' } }, 'de');
    expect(fieldsOf(tooShort)).toEqual({ text: 'Die Nachricht muss zwischen 2 und 2000 Zeichen lang sein.' });
    const sent = await as(staff, MESSAGE, { input: { companyId: aliceCompany, text: 'Wir unterstützen Sie gern beim Notartermin.' } });
    expect(sent.data.messageGrowingCompany).toBe(3);
    const byMember = await as(alice, MESSAGE, { input: { companyId: aliceCompany, text: 'Hallo' } });
    expect(byMember.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const notices = (await as(partner, NOTIFICATIONS)).data.myNotifications.nodes.filter(
      (node: any) => node.kind === 'company_growth_office_message',
    );
    expect(notices[0]).toMatchObject({
      body: 'Wir unterstützen Sie gern beim Notartermin.',
      title: 'Message from economic development about Boulangerie Durand SAS',
    });
  });

  describe('IDOR: another company’s representative gets NOT_FOUND, exactly as for an unknown id', () => {
    const same = (foreign: GraphqlResponse, unknown: GraphqlResponse) => {
      expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(foreign.errors?.[0].message).toBe(unknown.errors?.[0].message);
      expect(foreign.data).toEqual(unknown.data);
    };

    it('queries and mutations', async () => {
      same(await as(bob, COMPANY_GROWTH, { companyId: aliceCompany }), await as(bob, COMPANY_GROWTH, { companyId: randomUUID() }));
      same(await as(bob, START_BRANCH, { companyId: aliceCompany }), await as(bob, START_BRANCH, { companyId: randomUUID() }));
      same(
        await as(bob, SAVE_SUBSIDIARY, { input: subsidiaryInput(aliceCompany, [idOf(bob)]) }),
        await as(bob, SAVE_SUBSIDIARY, { input: subsidiaryInput(randomUUID(), [idOf(bob)]) }),
      );
      same(await as(bob, HAND_OVER, { planId: branchId }), await as(bob, HAND_OVER, { planId: randomUUID() }));
      const record = (planId: string) =>
        as(bob, RECORD_REGISTRATION, { input: { planId, registerCourt: 'Amtsgericht Bochum', registerNumber: 'HRB 1' } });
      same(await record(subsidiaryId), await record(randomUUID()));
      same(
        await as(bob, BUSINESS_START, { planId: subsidiaryId, date: berlinDate(1) }),
        await as(bob, BUSINESS_START, { planId: randomUUID(), date: berlinDate(1) }),
      );
      const mark = (planId: string) => as(bob, MARK_DEADLINE, { input: { planId, kind: 'tax_registration', done: true } });
      same(await mark(subsidiaryId), await mark(randomUUID()));
      const [row] = await app.sql<{ business_start_date: string | null }>(
        "SELECT to_char(business_start_date, 'YYYY-MM-DD') AS business_start_date FROM company_growth_plans WHERE id = $1",
        [subsidiaryId],
      );
      expect(row.business_start_date).toBe(berlinDate(3));
    });

    it('documents and packages', async () => {
      for (const path of [
        `/api/companies/growth/${branchId}/documents/parent_existence_proof`,
        `/api/companies/growth/${branchId}/packages/notary.json`,
        `/api/companies/growth/${subsidiaryId}/packages/notary.pdf`,
      ]) {
        const response = await request(app.http).get(path).set('authorization', `Bearer ${bob.token}`);
        expect(response.status).toBe(404);
        expect(response.body.error.code).toBe('NOT_FOUND');
      }
      const upload = await request(app.http)
        .post(`/api/companies/growth/${branchId}/documents/apostille`)
        .set('authorization', `Bearer ${bob.token}`)
        .attach('file', PDF, 'apostille.pdf');
      expect(upload.status).toBe(404);
    });
  });
});

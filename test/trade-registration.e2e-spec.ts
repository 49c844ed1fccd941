import { randomUUID } from 'node:crypto';
import { TradeRegistrationDirectory } from '../src/trade-registration/trade-registration-directory.service.js';
import { isValidRegistrationNumber } from '../src/trade-registration/registration-number.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from './support/companies.js';
import { graphql } from './support/graphql.js';
import { verifyIdentityForTest } from './support/identity-verification.js';
import { getBinary, jobsSettled } from './support/payments.js';
import { pdfText } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import {
  acceptableTradeForm,
  ANSWER_TRADE_REGISTRATION,
  berlinDate,
  payTradeRegistrationForTest,
  registerTradeRegistrationForTest,
  START_TRADE_REGISTRATION,
  SUBMIT_TRADE_REGISTRATION,
  submitTradeRegistrationForTest,
  TRADE_REGISTRATION,
  TRADE_REGISTRATIONS,
  tradeRegistrationCaseId,
  UPDATE_TRADE_REGISTRATION,
} from './support/trade-registration.js';

const DECIDE = 'mutation($input: DecideBackofficeCaseInput!) { decideBackofficeCase(input: $input) { id status outcome } }';
const CASE = `query($id: ID!) { backofficeCase(id: $id) { id kind status tradeRegistration { id status wzCode activityDescription persons { givenName familyName } } } }`;
const JOURNEY_STEP =
  'query($companyId: ID!) { companyJourney(companyId: $companyId) { steps { step status detailKey link documents { labelKey url } } } }';
const tradeStep = async (app: TestApp, token: string, companyId: string) =>
  (await graphql<any>(app, JOURNEY_STEP, { companyId }, { token })).data.companyJourney.steps.find(
    (step: { step: string }) => step.step === 'trade_registration',
  );
const START_PAYMENT = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { id checkoutUrl } }';

interface Representative {
  token: string;
  accountId: string;
  companyId: string;
  establishmentId: string;
}

async function representative(app: TestApp, language = 'en', identity: Record<string, string> = {}): Promise<Representative> {
  const person = await signedInAccount(app, undefined, undefined, language);
  const accountId = String(person.account.id);
  await verifyIdentityForTest(app, accountId, 'substantial', identity);
  const { companyId } = await createCompanyForTest(app, person.token);
  const { establishmentId } = await createEstablishmentForTest(app, person.token, companyId);
  return { token: person.token, accountId, companyId, establishmentId };
}

async function draftOf(app: TestApp, rep: Representative): Promise<string> {
  const started = await graphql<any>(
    app,
    START_TRADE_REGISTRATION,
    { input: { companyId: rep.companyId, establishmentId: rep.establishmentId } },
    { token: rep.token },
  );
  expect(started.errors).toBeUndefined();
  return started.data.startTradeRegistration.id;
}

const fieldsOf = (response: { errors?: { extensions: { details?: { field: string; message: string }[] } }[] }) =>
  Object.fromEntries((response.errors?.[0]?.extensions.details ?? []).map((detail) => [detail.field, detail.message]));

describe('trade registration (e2e)', () => {
  let app: TestApp;
  let staff: { token: string };

  beforeAll(async () => {
    app = await createTestApp({ FEE_TRADE_REGISTRATION_CENTS: '2600', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    staff = await accountWithRoles(app, ['staff_economic_development']);
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  it('shows operator, verified persons and business address on the draft; one open registration per establishment', async () => {
    const rep = await representative(app, 'en', { givenName: 'Camille', familyName: 'Durand', nationality: 'FR' });
    const started = await graphql<any>(
      app,
      START_TRADE_REGISTRATION,
      { input: { companyId: rep.companyId, establishmentId: rep.establishmentId } },
      { token: rep.token },
    );
    const draft = started.data.startTradeRegistration;
    expect(draft).toMatchObject({ status: 'draft', operator: { legalName: 'Boulangerie Durand SAS', registerNumber: '303 265 045' } });
    expect(draft.persons).toEqual([
      expect.objectContaining({ accountId: rep.accountId, givenName: 'Camille', familyName: 'Durand', nationality: 'FR', role: 'owner' }),
    ]);
    expect(draft.businessAddressLines.length).toBeGreaterThan(0);
    const again = await graphql<any>(
      app,
      START_TRADE_REGISTRATION,
      { input: { companyId: rep.companyId, establishmentId: rep.establishmentId } },
      { token: rep.token },
    );
    expect(again.data.startTradeRegistration.id).toBe(draft.id);

    const other = await representative(app);
    const concurrent = await Promise.all(
      [1, 2, 3].map(() =>
        graphql<any>(
          app,
          START_TRADE_REGISTRATION,
          { input: { companyId: other.companyId, establishmentId: other.establishmentId } },
          { token: other.token },
        ),
      ),
    );
    expect(new Set(concurrent.map((response) => response.data.startTradeRegistration.id)).size).toBe(1);
    const summary = await app.app.get(TradeRegistrationDirectory, { strict: false }).latestFor(rep.companyId);
    expect(summary).toMatchObject({
      id: draft.id,
      status: 'draft',
      companyId: rep.companyId,
      establishmentId: rep.establishmentId,
      registrationNumber: null,
    });
  });

  it('refuses what the trade office would refuse, field by field, in German and English', async () => {
    const rep = await representative(app, 'de');
    const id = await draftOf(app, rep);
    const vague = {
      ...acceptableTradeForm(id),
      activityDescription: 'Handel mit Waren aller Art',
      wzCode: '46',
      startDate: berlinDate(-90),
      employeesFullTime: -1,
    };
    const german = await graphql<any>(app, UPDATE_TRADE_REGISTRATION, { input: vague }, { token: rep.token, language: 'de' });
    expect(german.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const de = fieldsOf(german);
    expect(Object.keys(de).sort()).toEqual(['activityDescription', 'employeesFullTime', 'startDate', 'wzCode']);
    expect(de.activityDescription).toContain('Waren aller Art');
    expect(de.wzCode).toContain('Oberbegriff');
    expect(de.startDate).toContain('30 Tage');
    const englishRep = await representative(app, 'en');
    const englishId = await draftOf(app, englishRep);
    const english = fieldsOf(
      await graphql<any>(
        app,
        UPDATE_TRADE_REGISTRATION,
        { input: { ...vague, id: englishId } },
        { token: englishRep.token, language: 'en' },
      ),
    );
    expect(english.activityDescription).toContain('all kinds of goods');
    expect(english.wzCode).toContain('heading');

    const cases: [Record<string, unknown>, string, string][] = [
      [{ activityDescription: 'General trading of goods in Europe' }, 'activityDescription', 'trade office does not accept'],
      [{ activityDescription: 'alle erlaubten Tätigkeiten' }, 'activityDescription', 'trade office does not accept'],
      [{ activityDescription: 'Diverse Dienstleistungen für Unternehmen' }, 'activityDescription', 'trade office does not accept'],
      [{ activityDescription: 'Consulting' }, 'activityDescription', 'more precisely'],
      [{ activityDescription: 'Sonstige Softwareentwicklung' }, 'activityDescription', 'own words'],
      [{ activityDescription: 'Vertrieb von Pumpen, Ventilen, Filtern usw.' }, 'activityDescription', 'completely'],
      [{ wzCode: '99.99.9' }, 'wzCode', 'does not exist'],
      [{ wzCode: null }, 'wzCode', 'choose the economic activity'],
      [{ startDate: '2026-02-30' }, 'startDate', 'valid date'],
      [{ startDate: berlinDate(800) }, 'startDate', 'days ahead'],
      [{ businessScope: null }, 'businessScope', 'full-time or side business'],
      [{ establishmentKind: null }, 'establishmentKind', 'kind of establishment'],
      [{ permits: [{ kind: '', authority: 'IHK', issuedOn: berlinDate(3) }] }, 'permits.0.kind', 'name the permit'],
    ];
    for (const [change, field, text] of cases) {
      const response = await graphql<any>(
        app,
        UPDATE_TRADE_REGISTRATION,
        { input: { ...acceptableTradeForm(englishId), ...change } },
        { token: englishRep.token, language: 'en' },
      );
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)[field]).toContain(text);
    }
    const [row] = await app.sql<{ activity_description: string }>('SELECT activity_description FROM trade_registrations WHERE id = $1', [
      id,
    ]);
    expect(row.activity_description).toBe('');

    const saved = await graphql<any>(
      app,
      UPDATE_TRADE_REGISTRATION,
      {
        input: {
          ...acceptableTradeForm(id),
          permits: [{ kind: 'Erlaubnis nach § 34c GewO', authority: 'Stadt Bochum, Ordnungsamt', issuedOn: berlinDate(-10) }],
        },
      },
      { token: rep.token },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data.updateTradeRegistration).toMatchObject({
      wzCode: '62.01.9',
      wzTitle: 'Sonstige Softwareentwicklung',
      permits: [{ authority: 'Stadt Bochum, Ordnungsamt' }],
    });
  });

  it('keeps to the states: no paying a draft, no double submit, no changes after submitting', async () => {
    const rep = await representative(app);
    const id = await draftOf(app, rep);
    const submitEmpty = await graphql<any>(app, SUBMIT_TRADE_REGISTRATION, { id }, { token: rep.token });
    expect(submitEmpty.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const payDraft = await graphql<any>(
      app,
      START_PAYMENT,
      { input: { purpose: 'trade_registration', subjectType: 'trade_registration', subjectId: id, idempotencyKey: randomUUID() } },
      { token: rep.token },
    );
    expect(payDraft.errors).toBeDefined();
    await graphql(app, UPDATE_TRADE_REGISTRATION, { input: acceptableTradeForm(id) }, { token: rep.token });
    const [submitted, twice] = await Promise.all(
      [1, 2].map(() => graphql<any>(app, SUBMIT_TRADE_REGISTRATION, { id }, { token: rep.token })),
    );
    const [won, lost] = submitted.errors ? [twice, submitted] : [submitted, twice];
    expect(won.data.submitTradeRegistration).toMatchObject({
      status: 'submitted',
      feeCents: 2600,
      paymentSubjectType: 'trade_registration',
    });
    expect(lost.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRADE_REGISTRATION_STATUS' });
    const audited = await app.sql("SELECT id FROM audit_events WHERE action = 'trade_registration.submitted' AND subject_id = $1", [id]);
    expect(audited).toHaveLength(1);
    const change = await graphql<any>(app, UPDATE_TRADE_REGISTRATION, { input: acceptableTradeForm(id) }, { token: rep.token });
    expect(change.errors?.[0].extensions.code).toBe('CONFLICT');
    const answer = await graphql<any>(
      app,
      ANSWER_TRADE_REGISTRATION,
      { input: { ...acceptableTradeForm(id), answer: 'Hello' } },
      { token: rep.token },
    );
    expect(answer.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await app.sql('SELECT id FROM backoffice_cases WHERE subject_id = $1', [id])).toEqual([]);
  });

  it('needs assurance substantial to submit', async () => {
    const rep = await representative(app);
    const id = await draftOf(app, rep);
    await graphql(app, UPDATE_TRADE_REGISTRATION, { input: acceptableTradeForm(id) }, { token: rep.token });
    await app.sql("UPDATE accounts SET assurance_level = 'low' WHERE id = $1", [rep.accountId]);
    const refused = await graphql<any>(app, SUBMIT_TRADE_REGISTRATION, { id }, { token: rep.token });
    expect(refused.errors?.[0].extensions.code).toBe('ASSURANCE_TOO_LOW');
    await app.sql("UPDATE accounts SET assurance_level = 'substantial' WHERE id = $1", [rep.accountId]);
    expect((await graphql<any>(app, SUBMIT_TRADE_REGISTRATION, { id }, { token: rep.token })).data.submitTradeRegistration.status).toBe(
      'submitted',
    );
  });

  it('fee → paid → case → staff registers → confirmation PDF with number and WZ code, in German and English', async () => {
    const rep = await representative(app, 'en');
    expect(await tradeStep(app, rep.token, rep.companyId)).toMatchObject({
      status: 'not_started',
      link: `/company/${rep.companyId}/trade-registration`,
    });
    const { tradeRegistrationId: id } = await submitTradeRegistrationForTest(app, rep.token, rep.companyId, rep.establishmentId);
    expect(await tradeStep(app, rep.token, rep.companyId)).toMatchObject({
      status: 'action_required',
      detailKey: 'trade-registration:journey.payFee',
    });
    await payTradeRegistrationForTest(app, rep.token, id);
    expect(await tradeStep(app, rep.token, rep.companyId)).toMatchObject({ status: 'waiting_for_office' });
    const caseId = await tradeRegistrationCaseId(app, id);
    const opened = await graphql<any>(app, CASE, { id: caseId }, { token: staff.token });
    expect(opened.data.backofficeCase).toMatchObject({
      kind: 'trade_registration',
      status: 'open',
      tradeRegistration: { id, status: 'paid', wzCode: '62.01.9' },
    });

    const citizensOffice = await accountWithRoles(app, ['staff_citizens_office']);
    const notTheirs = await graphql<any>(app, DECIDE, { input: { caseId, outcome: 'approve' } }, { token: citizensOffice.token });
    expect(notTheirs.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const { registrationNumber } = await registerTradeRegistrationForTest(app, staff.token, id);
    expect(registrationNumber).toMatch(new RegExp(`^GA-${berlinDate().slice(0, 4)}-\\d{6}-\\d$`));
    expect(isValidRegistrationNumber(registrationNumber)).toBe(true);
    const view = (await graphql<any>(app, TRADE_REGISTRATION, { id }, { token: rep.token })).data.tradeRegistration;
    expect(view).toMatchObject({
      status: 'registered',
      registrationNumber,
      confirmationUrl: `/api/trade-registrations/${id}/confirmation.pdf`,
    });
    expect(await tradeStep(app, rep.token, rep.companyId)).toMatchObject({
      status: 'done',
      documents: [{ labelKey: 'trade-registration:journey.confirmation', url: view.confirmationUrl }],
    });

    const pdf = await getBinary(app, view.confirmationUrl, rep.token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.body);
    expect(text).toContain('Gewerbeanmeldung bestätigt');
    expect(text).toContain('Trade registration confirmed');
    expect(text).toContain(registrationNumber);
    expect(text).toContain('62.01.9 Sonstige Softwareentwicklung');
    expect(text).toContain('Boulangerie Durand SAS');
    expect((await getBinary(app, view.confirmationUrl, staff.token)).status).toBe(200);
    expect((await getBinary(app, view.confirmationUrl, citizensOffice.token)).status).toBe(404);
    expect((await getBinary(app, view.confirmationUrl)).status).toBe(401);

    const mails = (await app.mailbox.list()).filter(
      (mail) => mail.template === 'trade_registration_registered' && mail.text.includes(registrationNumber),
    );
    expect(mails).toHaveLength(1);
    const notifications = await app.sql<{ kind: string }>(
      'SELECT kind FROM in_app_notifications WHERE account_id = $1 ORDER BY created_at',
      [rep.accountId],
    );
    expect(notifications.map((row) => row.kind)).toEqual(
      expect.arrayContaining(['trade_registration_paid', 'trade_registration_registered']),
    );
    const audit = await app.sql<{ action: string }>('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at', [id]);
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['trade_registration.submitted', 'trade_registration.paid', 'trade_registration.registered']),
    );

    const summary = await app.app.get(TradeRegistrationDirectory, { strict: false }).latestFor(rep.companyId);
    expect(summary).toMatchObject({ status: 'registered', registrationNumber, wzCode: '62.01.9' });
    const [office] = await app.sql<{ status: string }>('SELECT status FROM establishments WHERE id = $1', [rep.establishmentId]);
    expect(office.status).toBe('active');
    const twice = await graphql<any>(app, DECIDE, { input: { caseId, outcome: 'approve' } }, { token: staff.token });
    expect(twice.errors).toBeDefined();
    const second = await graphql<any>(
      app,
      START_TRADE_REGISTRATION,
      { input: { companyId: rep.companyId, establishmentId: rep.establishmentId } },
      { token: rep.token },
    );
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });
  });

  it('a German applicant gets the German confirmation only', async () => {
    const rep = await representative(app, 'de');
    const { tradeRegistrationId: id } = await submitTradeRegistrationForTest(app, rep.token, rep.companyId, rep.establishmentId);
    await payTradeRegistrationForTest(app, rep.token, id);
    const { registrationNumber } = await registerTradeRegistrationForTest(app, staff.token, id);
    const text = await pdfText((await getBinary(app, `/api/trade-registrations/${id}/confirmation.pdf`, rep.token)).body);
    expect(text).toContain(registrationNumber);
    expect(text).not.toContain('Trade registration confirmed');
  });

  it('staff reject with a reason; a new registration may be started', async () => {
    const rep = await representative(app);
    const { tradeRegistrationId: id } = await submitTradeRegistrationForTest(app, rep.token, rep.companyId, rep.establishmentId);
    await payTradeRegistrationForTest(app, rep.token, id);
    const caseId = await tradeRegistrationCaseId(app, id);
    const noReason = await graphql<any>(
      app,
      DECIDE,
      { input: { caseId, outcome: 'reject', reasonCode: 'not_a_reason' } },
      { token: staff.token },
    );
    expect(noReason.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const rejected = await graphql<any>(
      app,
      DECIDE,
      { input: { caseId, outcome: 'reject', reasonCode: 'wz_code_mismatch', message: 'Bitte 62.02.0 prüfen.' } },
      { token: staff.token },
    );
    expect(rejected.data.decideBackofficeCase).toMatchObject({ status: 'closed', outcome: 'rejected' });
    const view = (await graphql<any>(app, TRADE_REGISTRATION, { id }, { token: rep.token })).data.tradeRegistration;
    expect(view).toMatchObject({
      status: 'rejected',
      rejectionReason: 'wz_code_mismatch',
      decisionMessage: 'Bitte 62.02.0 prüfen.',
      registrationNumber: null,
    });
    expect((await getBinary(app, `/api/trade-registrations/${id}/confirmation.pdf`, rep.token)).status).toBe(409);
    const fresh = await draftOf(app, rep);
    expect(fresh).not.toBe(id);
  });

  it('info requested → the applicant answers (and may correct the form) → back to the office → registered', async () => {
    const rep = await representative(app);
    const { tradeRegistrationId: id } = await submitTradeRegistrationForTest(app, rep.token, rep.companyId, rep.establishmentId);
    await payTradeRegistrationForTest(app, rep.token, id);
    const caseId = await tradeRegistrationCaseId(app, id);
    const asked = await graphql<any>(
      app,
      DECIDE,
      { input: { caseId, outcome: 'request_info', message: 'Do you also install the software at the clients?' } },
      { token: staff.token },
    );
    expect(asked.data.decideBackofficeCase.status).toBe('waiting_for_applicant');
    const waiting = (await graphql<any>(app, TRADE_REGISTRATION, { id }, { token: rep.token })).data.tradeRegistration;
    expect(waiting).toMatchObject({ status: 'info_requested', infoRequest: 'Do you also install the software at the clients?' });

    const empty = await graphql<any>(
      app,
      ANSWER_TRADE_REGISTRATION,
      { input: { ...acceptableTradeForm(id), answer: ' ' } },
      { token: rep.token },
    );
    expect(Object.keys(fieldsOf(empty))).toEqual(['answer']);
    const vague = await graphql<any>(
      app,
      ANSWER_TRADE_REGISTRATION,
      { input: { ...acceptableTradeForm(id), activityDescription: 'General trading', answer: 'Yes' } },
      { token: rep.token },
    );
    expect(Object.keys(fieldsOf(vague))).toEqual(['activityDescription']);
    const answered = await graphql<any>(
      app,
      ANSWER_TRADE_REGISTRATION,
      {
        input: {
          ...acceptableTradeForm(id),
          activityDescription: 'Vertrieb, Installation und Schulung unserer Buchhaltungssoftware bei Steuerkanzleien in Deutschland',
          answer: 'Yes, we install it on site.',
        },
      },
      { token: rep.token },
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data.answerTradeRegistrationInfoRequest).toMatchObject({
      status: 'paid',
      applicantAnswer: 'Yes, we install it on site.',
    });
    const [backToOffice] = await app.sql<{ status: string }>('SELECT status FROM backoffice_cases WHERE id = $1', [caseId]);
    expect(backToOffice.status).toBe('open');
    const again = await graphql<any>(
      app,
      ANSWER_TRADE_REGISTRATION,
      { input: { ...acceptableTradeForm(id), answer: 'Once more' } },
      { token: rep.token },
    );
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const { registrationNumber } = await registerTradeRegistrationForTest(app, staff.token, id);
    expect(isValidRegistrationNumber(registrationNumber)).toBe(true);
  });

  it('allocates unique consecutive numbers when staff register at the same time', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      const rep = await representative(app);
      const { tradeRegistrationId } = await submitTradeRegistrationForTest(app, rep.token, rep.companyId, rep.establishmentId);
      await payTradeRegistrationForTest(app, rep.token, tradeRegistrationId);
      ids.push(tradeRegistrationId);
    }
    const numbers = (await Promise.all(ids.map((id) => registerTradeRegistrationForTest(app, staff.token, id)))).map(
      (result) => result.registrationNumber,
    );
    expect(new Set(numbers).size).toBe(4);
    const serials = numbers.map((number) => Number(number.split('-')[2])).sort((a, b) => a - b);
    expect(serials[3] - serials[0]).toBe(3);
  });

  describe('another company’s representative gets NOT_FOUND for every operation', () => {
    let owner: Representative;
    let other: Representative;
    let id: string;

    beforeAll(async () => {
      owner = await representative(app);
      other = await representative(app);
      id = (await submitTradeRegistrationForTest(app, owner.token, owner.companyId, owner.establishmentId)).tradeRegistrationId;
    });

    const notFound = (response: { errors?: { extensions: { code: string } }[] }) =>
      expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');

    it('reading', async () => {
      notFound(await graphql(app, TRADE_REGISTRATION, { id }, { token: other.token }));
      notFound(await graphql(app, TRADE_REGISTRATIONS, { companyId: owner.companyId }, { token: other.token }));
      notFound(await graphql(app, TRADE_REGISTRATION, { id: randomUUID() }, { token: other.token }));
      notFound(await graphql(app, TRADE_REGISTRATION, { id: 'not-a-uuid' }, { token: other.token }));
      const staffCase = await graphql<any>(app, TRADE_REGISTRATIONS, { companyId: owner.companyId }, { token: staff.token });
      notFound(staffCase);
    });

    it('starting, changing, submitting, answering', async () => {
      notFound(
        await graphql(
          app,
          START_TRADE_REGISTRATION,
          { input: { companyId: owner.companyId, establishmentId: owner.establishmentId } },
          { token: other.token },
        ),
      );
      notFound(
        await graphql(
          app,
          START_TRADE_REGISTRATION,
          { input: { companyId: other.companyId, establishmentId: owner.establishmentId } },
          { token: other.token },
        ),
      );
      notFound(await graphql(app, UPDATE_TRADE_REGISTRATION, { input: acceptableTradeForm(id) }, { token: other.token }));
      notFound(await graphql(app, SUBMIT_TRADE_REGISTRATION, { id }, { token: other.token }));
      notFound(
        await graphql(app, ANSWER_TRADE_REGISTRATION, { input: { ...acceptableTradeForm(id), answer: 'Hi' } }, { token: other.token }),
      );
    });

    it('paying and downloading', async () => {
      const pay = await graphql<any>(
        app,
        START_PAYMENT,
        { input: { purpose: 'trade_registration', subjectType: 'trade_registration', subjectId: id, idempotencyKey: randomUUID() } },
        { token: other.token },
      );
      expect(pay.errors?.[0].extensions.code).toBe('NOT_FOUND');
      await payTradeRegistrationForTest(app, owner.token, id);
      await registerTradeRegistrationForTest(app, staff.token, id);
      expect((await getBinary(app, `/api/trade-registrations/${id}/confirmation.pdf`, other.token)).status).toBe(404);
      expect((await getBinary(app, `/api/trade-registrations/${id}/confirmation.pdf`, owner.token)).status).toBe(200);
    });
  });
});

import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { applyForBankAccount, companyReadyForBankForTest, partnerBankId } from './support/banking.js';
import { createCompanyForTest, createEstablishmentForTest } from './support/companies.js';
import { graphql } from './support/graphql.js';
import { verifyIdentityForTest } from './support/identity-verification.js';
import { liveClient, until, type LiveClient, type LiveEvents } from './support/live-updates.js';
import { person as payer, sandboxCheckout, startPayment } from './support/payments.js';
import { certificateApplicantForTest, makeCsrForTest, REVOKE_MY_CERTIFICATE, requestCertificate } from './support/pki.js';
import { decide, findCase, submittedStudentApplication } from './support/residency.js';
import { startServer, type RunningServer } from './support/running-server.js';
import { registerTradeRegistrationForTest, submitTradeRegistrationForTest } from './support/trade-registration.js';

const RESIDENCY_APPLICATION_CHANGED = 'subscription($id: ID!) { residencyApplicationChanged(id: $id) { id status decisionMessage } }';
const TRADE_REGISTRATIONS_CHANGED =
  'subscription($companyId: ID!) { tradeRegistrationsChanged(companyId: $companyId) { id status registrationNumber } }';
const COMPANY_JOURNEY_CHANGED =
  'subscription($companyId: ID!) { companyJourneyChanged(companyId: $companyId) { id companyId steps { step status } } }';
const PAYMENT_CHANGED = 'subscription($id: ID!) { paymentChanged(id: $id) { id status paidAt } }';
const BACKOFFICE_QUEUE_CHANGED = 'subscription { backofficeQueueChanged { caseId kind change resync } }';

interface ApplicationEvent {
  residencyApplicationChanged: { id: string; status: string; decisionMessage: string | null };
}
interface RegistrationsEvent {
  tradeRegistrationsChanged: { id: string; status: string; registrationNumber: string | null }[];
}
interface JourneyEvent {
  companyJourneyChanged: { id: string; companyId: string; steps: { step: string; status: string }[] };
}
interface QueueEvent {
  backofficeQueueChanged: { caseId: string | null; kind: string | null; change: string | null; resync: boolean };
}

/** The code a refused subscription ended with (graphql-ws sends it as an error, or as a result with errors and completes). */
async function refusal(events: LiveEvents<unknown>): Promise<string | undefined> {
  const { error } = await events.ended;
  const errors = (error ?? (events.received[0] as { errors?: unknown } | undefined)?.errors) as
    { extensions?: { code?: string } }[] | undefined;
  return errors?.[0]?.extensions?.code;
}
const has = <T>(events: LiveEvents<T>, predicate: (event: T) => boolean) => until(() => events.received.some(predicate));

describe('live updates where people wait: cases, the journey, the staff queue', () => {
  let server: RunningServer;
  const clients: LiveClient[] = [];
  const open = (token: string) => {
    const client = liveClient(server.baseUrl, token);
    clients.push(client);
    return client;
  };

  /** A verified founder with a company and its representative office. */
  async function founder() {
    const person = await signedInAccount(server);
    await verifyIdentityForTest(server, String(person.account.id), 'substantial');
    const { companyId } = await createCompanyForTest(server, person.token);
    const { establishmentId } = await createEstablishmentForTest(server, person.token, companyId);
    return { token: person.token, companyId, establishmentId };
  }

  beforeAll(async () => {
    // No fee: a submitted trade registration is paid at once and goes to the office's queue.
    // The sandbox bank decides at once (its webhook arrives through the job queue).
    server = await startServer({ FEE_TRADE_REGISTRATION_CENTS: '0', BANKING_SANDBOX_DECISION_DELAY_SECONDS: '0' });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await server.close();
  });

  it('delivers a residency application’s new state to its applicant when staff decide; another account gets NOT_FOUND', async () => {
    const { applicant, applicationId } = await submittedStudentApplication(server);
    const staff = await accountWithRoles(server, ['staff_citizens_office']);
    const events = open(applicant.token).subscribe<ApplicationEvent>(RESIDENCY_APPLICATION_CHANGED, { id: applicationId });
    // The first event: registered, with the state as it is now (the page's catch-up read).
    expect((await events.nth(1)).residencyApplicationChanged).toMatchObject({ id: applicationId, status: 'submitted' });

    const caseId = await findCase(server, staff.token, applicationId);
    const asked = await decide(server, staff.token, { caseId, outcome: 'request_info', message: 'Please add your enrolment certificate.' });
    expect(asked.errors).toBeUndefined();
    expect((await events.nth(2)).residencyApplicationChanged).toMatchObject({ status: 'info_requested' });
    const approved = await decide(server, staff.token, { caseId, outcome: 'approve', message: 'Welcome to Bochum.' });
    expect(approved.errors).toBeUndefined();
    expect((await events.nth(3)).residencyApplicationChanged).toMatchObject({ status: 'approved', decisionMessage: 'Welcome to Bochum.' });

    // Someone else's application (and no application at all): NOT_FOUND, nothing subscribed.
    const mallory = await signedInAccount(server);
    const refused = await refusal(open(mallory.token).subscribe(RESIDENCY_APPLICATION_CHANGED, { id: applicationId }));
    expect(refused).toBe('NOT_FOUND');
    const unknown = await refusal(open(mallory.token).subscribe(RESIDENCY_APPLICATION_CHANGED, { id: 'not-an-id' }));
    expect(unknown).toBe('NOT_FOUND');
    expect(events.received).toHaveLength(3);
  });

  it('delivers a trade registration’s state and the journey’s steps to the company’s representatives only', async () => {
    const owner = await founder();
    const other = await founder();
    const staff = await accountWithRoles(server, ['staff_economic_development']);
    const socket = open(owner.token);
    const registrations = socket.subscribe<RegistrationsEvent>(TRADE_REGISTRATIONS_CHANGED, { companyId: owner.companyId });
    const journey = socket.subscribe<JourneyEvent>(COMPANY_JOURNEY_CHANGED, { companyId: owner.companyId });
    const othersRegistrations = open(other.token).subscribe<RegistrationsEvent>(TRADE_REGISTRATIONS_CHANGED, {
      companyId: other.companyId,
    });
    expect((await registrations.nth(1)).tradeRegistrationsChanged).toEqual([]);
    const tradeStep = (event: JourneyEvent) => event.companyJourneyChanged.steps.find((step) => step.step === 'trade_registration')!.status;
    expect(tradeStep(await journey.nth(1))).toBe('not_started');
    expect((await othersRegistrations.nth(1)).tradeRegistrationsChanged).toEqual([]);

    const { tradeRegistrationId } = await submitTradeRegistrationForTest(server, owner.token, owner.companyId, owner.establishmentId);
    await has(registrations, (event) => event.tradeRegistrationsChanged[0]?.status === 'paid');
    await has(journey, (event) => tradeStep(event) === 'waiting_for_office');

    const { registrationNumber } = await registerTradeRegistrationForTest(server, staff.token, tradeRegistrationId);
    await has(registrations, (event) =>
      event.tradeRegistrationsChanged.some(
        (row) => row.id === tradeRegistrationId && row.status === 'registered' && row.registrationNumber === registrationNumber,
      ),
    );
    await has(journey, (event) => tradeStep(event) === 'done');

    // The other company's representative heard nothing of it, and cannot listen to this company.
    expect(othersRegistrations.received).toHaveLength(1);
    const refused = await refusal(open(other.token).subscribe(TRADE_REGISTRATIONS_CHANGED, { companyId: owner.companyId }));
    expect(refused).toBe('NOT_FOUND');
    const journeyRefused = await refusal(open(other.token).subscribe(COMPANY_JOURNEY_CHANGED, { companyId: owner.companyId }));
    expect(journeyRefused).toBe('NOT_FOUND');
    // Staff read journeys one by one (audited), not live.
    const staffRefused = await refusal(open(staff.token).subscribe(COMPANY_JOURNEY_CHANGED, { companyId: owner.companyId }));
    expect(staffRefused).toBe('NOT_FOUND');
  });

  it('tells the founder’s dashboard live when the bank decides (its webhook, handled in the background)', async () => {
    const owner = await companyReadyForBankForTest(server);
    const journey = open(owner.token).subscribe<JourneyEvent>(COMPANY_JOURNEY_CHANGED, { companyId: owner.companyId });
    const bankStep = (event: JourneyEvent) => event.companyJourneyChanged.steps.find((step) => step.step === 'bank_account')!.status;
    expect(bankStep(await journey.nth(1))).toBe('not_started');
    const applied = await applyForBankAccount(server, owner.token, {
      companyId: owner.companyId,
      bankId: await partnerBankId(server, owner.token),
    });
    expect(applied.errors).toBeUndefined();
    // Nobody reads the journey again here: the bank's decision alone brings the event.
    await has(journey, (event) => bankStep(event) === 'done');
    const [application] = await server.sql<{ status: string }>('SELECT status FROM bank_account_applications WHERE company_id = $1', [
      owner.companyId,
    ]);
    expect(application.status).toBe('opened');
  });

  it('tells the company’s open dashboards when a signature certificate is issued and when it is revoked', async () => {
    const applicant = await certificateApplicantForTest(server);
    const journey = open(applicant.token).subscribe<JourneyEvent>(COMPANY_JOURNEY_CHANGED, { companyId: applicant.companyId });
    const certificateStep = (event: JourneyEvent) =>
      event.companyJourneyChanged.steps.find((step) => step.step === 'signature_certificate')!.status;
    expect(certificateStep(await journey.nth(1))).toBe('not_started');
    const issued = await requestCertificate(server, applicant.token, { companyId: applicant.companyId, csrPem: makeCsrForTest().csrPem });
    expect(issued.errors).toBeUndefined();
    // Issued within the founder's own request: the event reaches their other open dashboards too.
    await has(journey, (event) => certificateStep(event) === 'done');
    const revoked = await graphql<any>(
      server,
      REVOKE_MY_CERTIFICATE,
      { input: { certificateId: issued.data.requestCertificate.id, reason: 'key_compromise' } },
      { token: applicant.token },
    );
    expect(revoked.errors).toBeUndefined();
    await until(() => certificateStep(journey.received.at(-1)!) === 'not_started');
  });

  it('tells the pay step live when the provider confirms the payment; another person’s payment is NOT_FOUND', async () => {
    const paying = await payer(server);
    const started = await startPayment(server, paying);
    expect(started.errors).toBeUndefined();
    const { id, checkoutUrl } = started.data!.startPayment;
    const changes = open(paying.token).subscribe<{ paymentChanged: { id: string; status: string; paidAt: string | null } }>(
      PAYMENT_CHANGED,
      { id },
    );
    expect((await changes.nth(1)).paymentChanged).toMatchObject({ id, status: 'pending', paidAt: null });
    expect((await sandboxCheckout(server, checkoutUrl!, 'pay')).status).toBe(200);
    // Nobody reads the payment again here: the provider's webhook alone brings the event.
    await has(changes, (event) => event.paymentChanged.status === 'succeeded' && event.paymentChanged.paidAt !== null);
    const someoneElse = await payer(server);
    expect(await refusal(open(someoneElse.token).subscribe(PAYMENT_CHANGED, { id }))).toBe('NOT_FOUND');
  });

  it('updates the staff queue for staff who may handle the case kind only; others are refused', async () => {
    const citizensOffice = await accountWithRoles(server, ['staff_citizens_office']);
    const economicDevelopment = await accountWithRoles(server, ['staff_economic_development']);
    const resident = await signedInAccount(server);
    const residencyQueue = open(citizensOffice.token).subscribe<QueueEvent>(BACKOFFICE_QUEUE_CHANGED);
    const tradeQueue = open(economicDevelopment.token).subscribe<QueueEvent>(BACKOFFICE_QUEUE_CHANGED);
    expect((await residencyQueue.nth(1)).backofficeQueueChanged).toEqual({ caseId: null, kind: null, change: null, resync: true });
    expect((await tradeQueue.nth(1)).backofficeQueueChanged.resync).toBe(true);
    const refused = await refusal(open(resident.token).subscribe(BACKOFFICE_QUEUE_CHANGED));
    expect(refused).toBe('FORBIDDEN');

    // A new residency case, then claimed: the citizens' office sees both.
    const { applicationId } = await submittedStudentApplication(server);
    const caseId = await findCase(server, citizensOffice.token, applicationId);
    await has(
      residencyQueue,
      (event) => event.backofficeQueueChanged.caseId === caseId && event.backofficeQueueChanged.change === 'opened',
    );
    const claimed = await graphql(
      server,
      'mutation($id: ID!) { claimBackofficeCase(id: $id) { id } }',
      { id: caseId },
      { token: citizensOffice.token },
    );
    expect(claimed.errors).toBeUndefined();
    await has(
      residencyQueue,
      (event) => event.backofficeQueueChanged.caseId === caseId && event.backofficeQueueChanged.change === 'claimed',
    );

    // A new trade registration case: economic development sees it.
    const owner = await founder();
    const { tradeRegistrationId } = await submitTradeRegistrationForTest(server, owner.token, owner.companyId, owner.establishmentId);
    const [tradeCase] = await server.sql<{ id: string }>('SELECT id FROM backoffice_cases WHERE subject_id = $1', [tradeRegistrationId]);
    await has(
      tradeQueue,
      (event) => event.backofficeQueueChanged.caseId === tradeCase.id && event.backofficeQueueChanged.change === 'opened',
    );

    // Neither heard of the other's kind.
    const kinds = (events: LiveEvents<QueueEvent>) =>
      new Set(events.received.map((event) => event.backofficeQueueChanged.kind).filter(Boolean));
    expect([...kinds(residencyQueue)]).toEqual(['residency_application']);
    expect([...kinds(tradeQueue)]).toEqual(['trade_registration']);
  });
});

import request from 'supertest';
import { graphql, type GraphqlResponse } from './graphql.js';
import { eventually } from './payments.js';
import type { TestApp } from './test-app.js';

export const TRADE_REGISTRATION_FIELDS = `id companyId establishmentId status establishmentKind activityDescription wzCode wzTitle wzEdition startDate
  businessScope employeesFullTime employeesPartTime permits { kind authority issuedOn }
  operator { legalName legalForm countryCode registerName registerNumber headOffice { street postcode city countryCode } }
  persons { accountId role givenName familyName birthDate nationality placeOfBirth } businessAddressLines
  feeCents paymentSubjectType registrationNumber confirmationUrl rejectionReason decisionMessage infoRequest applicantAnswer submittedAt paidAt registeredAt`;

export const START_TRADE_REGISTRATION = `mutation($input: StartTradeRegistrationInput!) { startTradeRegistration(input: $input) { ${TRADE_REGISTRATION_FIELDS} } }`;
export const UPDATE_TRADE_REGISTRATION = `mutation($input: TradeRegistrationFormInput!) { updateTradeRegistration(input: $input) { ${TRADE_REGISTRATION_FIELDS} } }`;
export const SUBMIT_TRADE_REGISTRATION = `mutation($id: ID!) { submitTradeRegistration(id: $id) { ${TRADE_REGISTRATION_FIELDS} } }`;
export const ANSWER_TRADE_REGISTRATION = `mutation($input: AnswerTradeRegistrationInput!) { answerTradeRegistrationInfoRequest(input: $input) { ${TRADE_REGISTRATION_FIELDS} } }`;
export const TRADE_REGISTRATION = `query($id: ID!) { tradeRegistration(id: $id) { ${TRADE_REGISTRATION_FIELDS} } }`;
export const TRADE_REGISTRATIONS = `query($companyId: ID!) { tradeRegistrations(companyId: $companyId) { ${TRADE_REGISTRATION_FIELDS} } }`;
export const WZ_SUGGESTIONS =
  'query($query: String!, $first: Int) { wzCodeSuggestions(query: $query, first: $first) { code title level parentCode selectable } }';

/** Today plus `days`, YYYY-MM-DD (Berlin). */
export function berlinDate(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** A form the trade office accepts (a software company's office; a WZ code of the built-in set). */
export function acceptableTradeForm(id: string) {
  return {
    id,
    establishmentKind: 'unselbststaendige_zweigstelle',
    activityDescription: 'Vertrieb und Einführungsberatung für die eigene Buchhaltungssoftware an Steuerkanzleien in Deutschland',
    wzCode: '62.01.9',
    startDate: berlinDate(7),
    businessScope: 'full_time',
    employeesFullTime: 2,
    employeesPartTime: 1,
    permits: [],
  };
}

function dataOrThrow<T>(label: string, response: GraphqlResponse<T>): T {
  if (response.errors || !response.data) throw new Error(`${label} failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/**
 * Starts, fills in (acceptably) and submits the establishment's trade registration through the
 * GraphQL API as the token's account: a representative with assurance substantial or high
 * (arrange with verifyIdentityForTest). The registration then waits for the fee (status `submitted`).
 */
export async function submitTradeRegistrationForTest(
  app: TestApp,
  accessToken: string,
  companyId: string,
  establishmentId: string,
): Promise<{ tradeRegistrationId: string }> {
  const started = dataOrThrow(
    'startTradeRegistration',
    await graphql<any>(app, START_TRADE_REGISTRATION, { input: { companyId, establishmentId } }, { token: accessToken }),
  );
  const id = started.startTradeRegistration.id as string;
  dataOrThrow(
    'updateTradeRegistration',
    await graphql<any>(app, UPDATE_TRADE_REGISTRATION, { input: acceptableTradeForm(id) }, { token: accessToken }),
  );
  dataOrThrow('submitTradeRegistration', await graphql<any>(app, SUBMIT_TRADE_REGISTRATION, { id }, { token: accessToken }));
  return { tradeRegistrationId: id };
}

/** Pays the fee through the payment sandbox and waits until the registration is `paid` (its back office case is open then). */
export async function payTradeRegistrationForTest(app: TestApp, accessToken: string, tradeRegistrationId: string): Promise<void> {
  const started = dataOrThrow(
    'startPayment',
    await graphql<any>(
      app,
      'mutation($input: StartPaymentInput!) { startPayment(input: $input) { id checkoutUrl status } }',
      {
        input: {
          purpose: 'trade_registration',
          subjectType: 'trade_registration',
          subjectId: tradeRegistrationId,
          idempotencyKey: `trade-fee-${tradeRegistrationId}`,
        },
      },
      { token: accessToken },
    ),
  );
  const sessionId = /([A-Za-z0-9_-]+)$/.exec(started.startPayment.checkoutUrl)![1];
  const paid = await request(app.http).post(`/api/payments/sandbox/checkout-sessions/${sessionId}/pay`);
  if (paid.status !== 200) throw new Error(`sandbox payment failed: ${paid.status} ${paid.text}`);
  await eventually(async () => {
    const [row] = await app.sql<{ status: string }>('SELECT status FROM trade_registrations WHERE id = $1', [tradeRegistrationId]);
    return row?.status === 'paid';
  }, 30_000);
}

/** The back office case of a registration (staff decide it with decideBackofficeCase). */
export async function tradeRegistrationCaseId(app: TestApp, tradeRegistrationId: string): Promise<string> {
  const [row] = await app.sql<{ id: string }>("SELECT id FROM backoffice_cases WHERE kind = 'trade_registration' AND subject_id = $1", [
    tradeRegistrationId,
  ]);
  if (!row) throw new Error(`no case for trade registration ${tradeRegistrationId}`);
  return row.id;
}

/**
 * Registers a paid trade registration as staff of economic development would (through the back
 * office's decideBackofficeCase); `staffToken` needs role staff_economic_development or admin.
 * Returns the registration number.
 */
export async function registerTradeRegistrationForTest(
  app: TestApp,
  staffToken: string,
  tradeRegistrationId: string,
): Promise<{ registrationNumber: string }> {
  const caseId = await tradeRegistrationCaseId(app, tradeRegistrationId);
  dataOrThrow(
    'decideBackofficeCase',
    await graphql<any>(
      app,
      'mutation($input: DecideBackofficeCaseInput!) { decideBackofficeCase(input: $input) { id status } }',
      { input: { caseId, outcome: 'approve' } },
      { token: staffToken },
    ),
  );
  const [row] = await app.sql<{ registration_number: string }>('SELECT registration_number FROM trade_registrations WHERE id = $1', [
    tradeRegistrationId,
  ]);
  return { registrationNumber: row.registration_number };
}

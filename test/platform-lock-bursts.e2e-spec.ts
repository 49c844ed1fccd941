import { MAX_OPEN_INVITATIONS } from '../src/companies/representatives.service.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { signedInAccount } from './support/accounts.js';
import { createCompanyForTest, createEstablishmentForTest, firstServicePointCode } from './support/companies.js';
import { COMPANY_ADDRESSES, SET_UP_SERVICE } from './support/business-address.js';
import { verifyIdentityForTest } from './support/identity-verification.js';
import { START_TRADE_REGISTRATION } from './support/trade-registration.js';
import { APPLICATION_INPUTS } from './support/residency.js';
import { outcomes, RESPONSIVE_WITHIN_MS, secondConnectionRequests, whileProbing } from './support/concurrency.js';

const CALLS = 40;

/**
 * Every mutation that takes a lock, sent many times at once by one person: the server keeps
 * answering everyone else (no transaction waits for a second connection, waits are bounded), the
 * lock or a unique constraint lets exactly one through, and the others get a stated answer.
 * The same shape as cards-, payments-, banking- and pki-concurrency.
 */
describe('bursts against lock-taking mutations', () => {
  let app: TestApp;
  let bystanderToken: string;

  beforeAll(async () => {
    app = await createTestApp({ FEE_BUSINESS_MAIL_SERVICE_CENTS: '0' });
    bystanderToken = (await signedInAccount(app)).token;
  });

  afterAll(async () => {
    await app?.close();
  });

  async function burst(token: string, document: string, variables: (index: number) => Record<string, unknown>) {
    const violationsBefore = secondConnectionRequests(app);
    const { result, responsiveness } = await whileProbing(app, bystanderToken, () =>
      Promise.all(Array.from({ length: CALLS }, (_, index) => graphql<any>(app, document, variables(index), { token }))),
    );
    expect(responsiveness.failures).toEqual([]);
    expect(responsiveness.slowestHealthMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(responsiveness.slowestMeMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(secondConnectionRequests(app) - violationsBefore).toBe(0);
    return { responses: result, counted: outcomes(result) };
  }

  const unexpected = (counted: Record<string, number>, allowed: string[]) =>
    Object.keys(counted).filter((label) => label !== 'ok' && !allowed.includes(label));

  it('createEstablishment: one representative office per company', async () => {
    const founder = await signedInAccount(app);
    const { companyId } = await createCompanyForTest(app, founder.token);
    const servicePointCode = await firstServicePointCode(app, founder.token);
    const { counted } = await burst(
      founder.token,
      'mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id } }',
      () => ({ input: { companyId, servicePointCode } }),
    );
    const [{ offices }] = await app.sql<{ offices: number }>('SELECT count(*)::int AS offices FROM establishments WHERE company_id = $1', [
      companyId,
    ]);
    expect(offices).toBe(1);
    expect(counted.ok).toBe(1);
    expect({ counted, unexpected: unexpected(counted, ['CONFLICT', 'CONFLICT:ESTABLISHMENT_EXISTS']) }).toEqual({
      counted,
      unexpected: [],
    });
  }, 90_000);

  it('startTradeRegistration: one registration per establishment', async () => {
    const founder = await signedInAccount(app);
    const { companyId } = await createCompanyForTest(app, founder.token);
    const { establishmentId } = await createEstablishmentForTest(app, founder.token, companyId);
    const { responses, counted } = await burst(founder.token, START_TRADE_REGISTRATION, () => ({ input: { companyId, establishmentId } }));
    const [{ registrations }] = await app.sql<{ registrations: number }>(
      'SELECT count(*)::int AS registrations FROM trade_registrations WHERE establishment_id = $1',
      [establishmentId],
    );
    expect(registrations).toBe(1);
    const ids = new Set(responses.map((response) => response.data?.startTradeRegistration?.id).filter(Boolean));
    expect(ids.size).toBe(1);
    expect(unexpected(counted, ['CONFLICT'])).toEqual([]);
  }, 90_000);

  it('inviteRepresentative: the open-invitation limit holds under a burst', async () => {
    const founder = await signedInAccount(app);
    const { companyId } = await createCompanyForTest(app, founder.token);
    const { counted } = await burst(
      founder.token,
      'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }',
      (index) => ({ input: { companyId, email: `colleague-${index}-${companyId}@example.org`, role: 'authorised_representative' } }),
    );
    const [{ invitations }] = await app.sql<{ invitations: number }>(
      'SELECT count(*)::int AS invitations FROM company_invitations WHERE company_id = $1',
      [companyId],
    );
    expect(invitations).toBe(counted.ok);
    expect(counted.ok).toBe(MAX_OPEN_INVITATIONS);
    expect(unexpected(counted, ['CONFLICT:TOO_MANY_INVITATIONS'])).toEqual([]);
  }, 90_000);

  it('setUpBusinessMailService: one mail service per business address', async () => {
    const founder = await signedInAccount(app);
    const { companyId } = await createCompanyForTest(app, founder.token);
    await createEstablishmentForTest(app, founder.token, companyId);
    const addresses = await graphql<any>(app, COMPANY_ADDRESSES, { companyId }, { token: founder.token });
    const addressId = addresses.data.companyBusinessAddresses[0].id as string;
    const { counted } = await burst(founder.token, SET_UP_SERVICE, () => ({ input: { companyId, addressId, preference: 'scan' } }));
    expect(counted.ok).toBe(1);
    expect(unexpected(counted, ['CONFLICT:SERVICE_ALREADY_ACTIVE'])).toEqual([]);
  }, 90_000);

  it('startVideoIdentification: one open session per person', async () => {
    const person = await signedInAccount(app);
    const { counted } = await burst(
      person.token,
      'mutation($input: StartVideoIdentificationInput) { startVideoIdentification(input: $input) { session { id status } } }',
      () => ({ input: {} }),
    );
    const [{ sessions }] = await app.sql<{ sessions: number }>(
      "SELECT count(*)::int AS sessions FROM video_identification_sessions WHERE account_id = $1 AND status = 'pending'",
      [person.account.id],
    );
    expect(sessions).toBe(1);
    expect(unexpected(counted, ['RATE_LIMITED:RATE_LIMITED'])).toEqual([]);
  }, 90_000);

  it('createResidencyApplication: one open application per person', async () => {
    const person = await signedInAccount(app);
    await verifyIdentityForTest(app, String(person.account.id), 'substantial');
    const { counted } = await burst(
      person.token,
      'mutation($input: CreateResidencyApplicationInput!) { createResidencyApplication(input: $input) { id } }',
      () => ({ input: APPLICATION_INPUTS.student }),
    );
    const [{ applications }] = await app.sql<{ applications: number }>(
      'SELECT count(*)::int AS applications FROM residency_applications WHERE account_id = $1',
      [person.account.id],
    );
    expect(applications).toBe(1);
    expect(unexpected(counted, ['CONFLICT:APPLICATION_EXISTS'])).toEqual([]);
  }, 90_000);
});

import { randomUUID } from 'node:crypto';
import { startServer, type RunningServer } from './support/running-server.js';
import { signedInAccount } from './support/accounts.js';
import { applyForBankAccount, companyReadyForBankForTest, partnerBankId } from './support/banking.js';
import { outcomes, RESPONSIVE_WITHIN_MS, secondConnectionRequests, whileProbing } from './support/concurrency.js';

const CALLS = 100;

/** Bank applications take a per-company lock: a burst from one representative must not stop the server, nor create two applications. */
describe('bank account applications under concurrency', () => {
  let app: RunningServer;

  beforeAll(async () => {
    app = await startServer({ BANKING_SANDBOX_DECISION_DELAY_SECONDS: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it(`answers ${CALLS} concurrent applications of one company to one bank (other keys) with one application, while /health and another person's "me" keep answering`, async () => {
    const company = await companyReadyForBankForTest(app);
    const bankId = await partnerBankId(app, company.token);
    const bystander = await signedInAccount(app);
    const { result: responses, responsiveness } = await whileProbing(app, bystander.token, () =>
      Promise.all(Array.from({ length: CALLS }, () => applyForBankAccount(app, company.token, { companyId: company.companyId, bankId }))),
    );
    const rows = await app.sql<{ id: string }>('SELECT id FROM bank_account_applications WHERE company_id = $1', [company.companyId]);
    expect(rows).toHaveLength(1);
    expect(outcomes(responses)).toEqual({ ok: 1, 'CONFLICT:APPLICATION_OPEN': CALLS - 1 });
    expect(responses.find((response) => response.data)!.data.applyForBankAccount.id).toBe(rows[0].id);

    expect(responsiveness.failures).toEqual([]);
    expect(responsiveness.slowestHealthMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(responsiveness.slowestMeMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(secondConnectionRequests(app)).toBe(0);
  }, 90_000);

  it('answers concurrent retries with one key with the one application', async () => {
    const company = await companyReadyForBankForTest(app);
    const bankId = await partnerBankId(app, company.token);
    const idempotencyKey = `bank-retry-${randomUUID()}`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => applyForBankAccount(app, company.token, { companyId: company.companyId, bankId, idempotencyKey })),
    );
    expect(outcomes(responses)).toEqual({ ok: 10 });
    expect(new Set(responses.map((response) => response.data.applyForBankAccount.id)).size).toBe(1);
  }, 60_000);
});

import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/test-app.js';
import { signedInAccount } from './support/accounts.js';
import { certificateApplicantForTest, makeCsrForTest, requestCertificate } from './support/pki.js';
import { outcomes, RESPONSIVE_WITHIN_MS, secondConnectionRequests, whileProbing } from './support/concurrency.js';

const CALLS = 100;

/** Certificate requests take a per-person-and-company lock: a burst must not stop the server, nor issue two certificates. */
describe('certificate requests under concurrency', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it(`answers ${CALLS} concurrent requests of one representative (other keys) with one certificate, while /health and another person's "me" keep answering`, async () => {
    const applicant = await certificateApplicantForTest(app);
    const bystander = await signedInAccount(app);
    const { csrPem } = makeCsrForTest();
    const { result: responses, responsiveness } = await whileProbing(app, bystander.token, () =>
      Promise.all(
        Array.from({ length: CALLS }, () => requestCertificate(app, applicant.token, { companyId: applicant.companyId, csrPem })),
      ),
    );
    const rows = await app.sql<{ id: string }>('SELECT id FROM pki_certificates WHERE account_id = $1', [applicant.accountId]);
    expect(rows).toHaveLength(1);
    expect(outcomes(responses)).toEqual({ ok: 1, 'CONFLICT:ACTIVE_CERTIFICATE_EXISTS': CALLS - 1 });

    expect(responsiveness.failures).toEqual([]);
    expect(responsiveness.slowestHealthMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(responsiveness.slowestMeMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(secondConnectionRequests(app)).toBe(0);
  }, 120_000);

  it('answers concurrent retries with one key with the one certificate', async () => {
    const applicant = await certificateApplicantForTest(app);
    const { csrPem } = makeCsrForTest();
    const idempotencyKey = `cert-retry-${randomUUID()}`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        requestCertificate(app, applicant.token, { companyId: applicant.companyId, csrPem, idempotencyKey }),
      ),
    );
    expect(outcomes(responses)).toEqual({ ok: 10 });
    expect(new Set(responses.map((response) => response.data.requestCertificate.id)).size).toBe(1);
  }, 60_000);
});

import { isValidIBAN } from 'ibantools';
import request from 'supertest';
import { germanIban } from '../src/banking/sandbox-bank/sandbox-rules.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import {
  ANSWER_BANK_DOCUMENT_REQUEST,
  BANK_ACCOUNT_APPLICATIONS,
  BANK_KYC_PREVIEW,
  OTHER_SANDBOX_BANK,
  SANDBOX_BANK,
  applyForBankAccount,
  bankEvent,
  companyReadyForBankForTest,
  partnerBankId,
  postBankWebhook,
  sandboxSecretFor,
  type BankReadyCompany,
} from './support/banking.js';
import { graphql } from './support/graphql.js';
import { jobsSettled } from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);

/**
 * The webhook receiver with events signed as a bank signs them. The sandbox bank is pointed at an
 * address where nothing listens, so only the events posted here change the applications.
 */
describe('bank webhooks (signed, replay- and order-safe) and access to bank applications', () => {
  let app: TestApp;
  let rep: BankReadyCompany;
  let bankId: string;

  beforeAll(async () => {
    app = await createTestApp({ BANKING_SANDBOX_BASE_URL: 'http://127.0.0.1:9', BANKING_REQUEST_TIMEOUT_SECONDS: '2' });
    rep = await companyReadyForBankForTest(app, { legalName: 'Webhook Testers SAS' });
    bankId = await partnerBankId(app, rep.token);
  });

  afterAll(async () => {
    await jobsSettled(app, 5_000);
    await app.close();
  });

  async function freshApplication(target: BankReadyCompany = rep, bank = bankId): Promise<string> {
    const applied = await applyForBankAccount(app, target.token, { companyId: target.companyId, bankId: bank });
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyForBankAccount.status).toBe('requested');
    return applied.data!.applyForBankAccount.id;
  }

  const statusOf = async (applicationId: string) =>
    (
      await app.sql<{ status: string; iban: string | null; last_sequence: number; decline_reason: string | null }>(
        'SELECT status, iban, last_sequence, decline_reason FROM bank_account_applications WHERE id = $1',
        [applicationId],
      )
    )[0];
  const openedData = (iban = germanIban('43099001', '9000000017')) => ({ iban, bic: 'SBOCDED0XXX', accountHolder: 'Webhook Testers SAS' });

  it('lists the two sandbox banks and keeps their secrets encrypted at rest', async () => {
    const banks = await graphql<any>(app, '{ partnerBanks { code name bic bankCode sandbox } }', {}, { token: rep.token });
    expect(banks.data!.partnerBanks).toEqual([
      { code: OTHER_SANDBOX_BANK, name: 'Ruhr Digital Bank (Sandbox)', bic: 'RDBKDED0XXX', bankCode: '43099002', sandbox: true },
      { code: SANDBOX_BANK, name: 'Sparkasse Bochum (Sandbox)', bic: 'SBOCDED0XXX', bankCode: '43099001', sandbox: true },
    ]);
    const rows = await app.sql<{ webhook_secret_sealed: string }>('SELECT webhook_secret_sealed FROM partner_banks');
    for (const row of rows) {
      expect(row.webhook_secret_sealed).toMatch(/^v1\./);
      expect(row.webhook_secret_sealed).not.toContain(sandboxSecretFor(app, SANDBOX_BANK));
      expect(row.webhook_secret_sealed).not.toContain(sandboxSecretFor(app, OTHER_SANDBOX_BANK));
    }
    expect((await graphql<any>(app, '{ partnerBanks { code } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('applies a valid event, then moves only forwards; replays and late events change nothing', async () => {
    const applicationId = await freshApplication();
    const inReview = bankEvent(applicationId, 'application.in_review', 1, { bankReference: 'bank-ref-1' });
    const first = await postBankWebhook(app, SANDBOX_BANK, inReview);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ received: true, outcome: 'applied:in_review' });
    expect(await statusOf(applicationId)).toMatchObject({ status: 'in_review', last_sequence: 1 });

    const opened = bankEvent(applicationId, 'application.opened', 3, openedData());
    expect((await postBankWebhook(app, SANDBOX_BANK, opened)).body.outcome).toBe('applied:opened');

    // the same delivery again, and the same event id with a fresh signature: acknowledged, no effect
    expect((await postBankWebhook(app, SANDBOX_BANK, opened)).body).toEqual({ received: true, duplicate: true, outcome: 'duplicate' });
    const replayedEarlier = await postBankWebhook(app, SANDBOX_BANK, inReview);
    expect(replayedEarlier.status).toBe(200);
    expect(replayedEarlier.body.duplicate).toBe(true);

    // out of order: a lower sequence, and a backwards transition with a higher one
    const late = await postBankWebhook(
      app,
      SANDBOX_BANK,
      bankEvent(applicationId, 'application.documents_requested', 2, { requestId: 'r1', documentKind: 'x', message: 'late' }),
    );
    expect(late.body.outcome).toBe('ignored_out_of_order');
    const backwards = await postBankWebhook(app, SANDBOX_BANK, bankEvent(applicationId, 'application.in_review', 9));
    expect(backwards.body.outcome).toBe('ignored_out_of_order');
    const declinedAfterOpen = await postBankWebhook(
      app,
      SANDBOX_BANK,
      bankEvent(applicationId, 'application.declined', 10, { reason: 'too late' }),
    );
    expect(declinedAfterOpen.body.outcome).toBe('ignored_out_of_order');

    const state = await statusOf(applicationId);
    expect(state).toMatchObject({ status: 'opened', last_sequence: 3, decline_reason: null });
    expect(isValidIBAN(state.iban!)).toBe(true);
    expect(await app.sql('SELECT 1 FROM bank_document_requests WHERE application_id = $1', [applicationId])).toHaveLength(0);
    const outcomes = await app.sql<{ outcome: string }>(
      'SELECT outcome FROM bank_webhook_events WHERE application_id = $1 ORDER BY sequence',
      [applicationId],
    );
    expect(outcomes.map((row) => row.outcome)).toEqual([
      'applied:in_review',
      'ignored_out_of_order',
      'applied:opened',
      'ignored_out_of_order',
      'ignored_out_of_order',
    ]);
    const mails = (await app.mailbox.list(rep.email)).filter((mail) => mail.template === 'banking.account_opened');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(state.iban!.slice(0, 4));
  });

  it('refuses tampered bodies and signatures, other secrets, stale timestamps and unknown banks with 401', async () => {
    const company = await companyReadyForBankForTest(app, { legalName: 'Tamper Proof SARL' });
    const applicationId = await freshApplication(company);
    const body = bankEvent(applicationId, 'application.opened', 1, openedData(germanIban('43099001', '9000000025')));
    const now = Math.floor(Date.now() / 1000);
    const valid = (await import('../src/banking/signature/bank-signature.js')).signBankPayload(sandboxSecretFor(app), body, now);

    const tamperedBody = await postBankWebhook(app, SANDBOX_BANK, body.replace('9000000025', '9000000033'), { signature: valid });
    expect(tamperedBody.status).toBe(401);
    expect(tamperedBody.body.error.code).toBe('UNAUTHENTICATED');
    const flipped = valid.slice(0, -1) + (valid.endsWith('0') ? '1' : '0');
    expect((await postBankWebhook(app, SANDBOX_BANK, body, { signature: flipped })).status).toBe(401);
    expect((await postBankWebhook(app, SANDBOX_BANK, body, { signature: null })).status).toBe(401);
    expect((await postBankWebhook(app, SANDBOX_BANK, body, { signature: 'garbage' })).status).toBe(401);
    expect((await postBankWebhook(app, SANDBOX_BANK, body, { secret: sandboxSecretFor(app, OTHER_SANDBOX_BANK) })).status).toBe(401);
    expect((await postBankWebhook(app, SANDBOX_BANK, body, { timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(401);
    expect((await postBankWebhook(app, SANDBOX_BANK, body, { timestamp: Math.floor(Date.now() / 1000) + 330 })).status).toBe(401);
    expect((await postBankWebhook(app, 'no-such-bank', body)).status).toBe(401);

    expect(await statusOf(applicationId)).toMatchObject({ status: 'requested', iban: null });
    expect(await app.sql('SELECT 1 FROM bank_webhook_events WHERE application_id = $1', [applicationId])).toHaveLength(0);

    // within the tolerance the same body is accepted
    expect((await postBankWebhook(app, SANDBOX_BANK, body, { timestamp: Math.floor(Date.now() / 1000) - 280 })).body.outcome).toBe(
      'applied:opened',
    );
  });

  it('answers 400 to signed but malformed payloads', async () => {
    expect((await postBankWebhook(app, SANDBOX_BANK, '{"eventId": ')).status).toBe(400);
    const missingSequence = JSON.stringify({
      eventId: 'e',
      type: 'application.opened',
      applicationReference: 'x',
      occurredAt: new Date().toISOString(),
      data: {},
    });
    const response = await postBankWebhook(app, SANDBOX_BANK, missingSequence);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('BAD_USER_INPUT');
  });

  it('counts an account as opened only with a valid IBAN of the sending bank', async () => {
    const company = await companyReadyForBankForTest(app, { legalName: 'Iban Checkers SAS' });
    const applicationId = await freshApplication(company);
    const wrongCheckDigits = 'DE00430990019000000041';
    expect(
      (await postBankWebhook(app, SANDBOX_BANK, bankEvent(applicationId, 'application.opened', 1, openedData(wrongCheckDigits)))).body
        .outcome,
    ).toBe('invalid_iban');
    const otherBank = germanIban('43099002', '9000000041');
    expect(
      (await postBankWebhook(app, SANDBOX_BANK, bankEvent(applicationId, 'application.opened', 2, openedData(otherBank)))).body.outcome,
    ).toBe('invalid_iban');
    expect(await statusOf(applicationId)).toMatchObject({ status: 'requested', iban: null });
    const good = germanIban('43099001', '9000000041');
    expect(
      (await postBankWebhook(app, SANDBOX_BANK, bankEvent(applicationId, 'application.opened', 3, openedData(good)))).body.outcome,
    ).toBe('applied:opened');
    expect(await statusOf(applicationId)).toMatchObject({ status: 'opened', iban: good });
  });

  it('ignores events about another bank’s applications', async () => {
    const company = await companyReadyForBankForTest(app, { legalName: 'Two Banks SAS' });
    const applicationId = await freshApplication(company);
    const forged = await postBankWebhook(
      app,
      OTHER_SANDBOX_BANK,
      bankEvent(applicationId, 'application.declined', 1, { reason: 'forged' }),
    );
    expect(forged.body.outcome).toBe('unknown_application');
    expect(await statusOf(applicationId)).toMatchObject({ status: 'requested' });
  });

  it('records a decline with its reason and tells the applicant', async () => {
    const company = await companyReadyForBankForTest(app, { legalName: 'Declined By Hand SAS' });
    const applicationId = await freshApplication(company);
    const declined = await postBankWebhook(
      app,
      SANDBOX_BANK,
      bankEvent(applicationId, 'application.declined', 2, { reason: 'Outside our risk appetite.', reasonCode: 'risk_policy' }),
    );
    expect(declined.body.outcome).toBe('applied:declined');
    const listed = await graphql<any>(app, BANK_ACCOUNT_APPLICATIONS, { companyId: company.companyId }, { token: company.token });
    expect(listed.data!.bankAccountApplications[0]).toMatchObject({
      status: 'declined',
      declineReason: 'Outside our risk appetite.',
      iban: null,
    });
    const notifications = await graphql<any>(
      app,
      '{ myNotifications(page: { first: 5 }) { nodes { kind body link } } }',
      {},
      { token: company.token },
    );
    const kinds = (notifications.data?.myNotifications?.nodes ?? []).map((node: any) => node.kind);
    expect(kinds).toContain('banking.account_declined');
    // after a decline the company may apply again at the same bank
    expect((await applyForBankAccount(app, company.token, { companyId: company.companyId, bankId })).data!.applyForBankAccount.status).toBe(
      'requested',
    );
  });

  describe('access', () => {
    let victim: BankReadyCompany;
    let intruder: BankReadyCompany;
    let victimApplicationId: string;
    let documentRequestId: string;

    beforeAll(async () => {
      victim = await companyReadyForBankForTest(app, {
        legalName: 'Victim Holdings SAS',
        identity: { givenName: 'Vera', familyName: 'Victim' },
      });
      intruder = await companyReadyForBankForTest(app, {
        legalName: 'Intruder Ltd',
        identity: { givenName: 'Ivan', familyName: 'Intruder' },
      });
      victimApplicationId = await freshApplication(victim);
      await postBankWebhook(
        app,
        SANDBOX_BANK,
        bankEvent(victimApplicationId, 'application.documents_requested', 1, {
          requestId: 'req-1',
          documentKind: 'proof',
          message: 'Send an invoice.',
        }),
      );
      [{ id: documentRequestId }] = await app.sql<{ id: string }>('SELECT id FROM bank_document_requests WHERE application_id = $1', [
        victimApplicationId,
      ]);
    });

    it('shows a representative only the own company in the KYC preview', async () => {
      const preview = await graphql<any>(app, BANK_KYC_PREVIEW, { companyId: victim.companyId }, { token: victim.token });
      expect(preview.errors).toBeUndefined();
      const kyc = preview.data!.bankAccountKycPreview;
      expect(kyc.company.legalName).toBe('Victim Holdings SAS');
      expect(kyc.representatives).toEqual([
        expect.objectContaining({ givenName: 'Vera', familyName: 'Victim', role: 'owner', assuranceLevel: 'high' }),
      ]);
      expect(kyc.tradeRegistration).toMatchObject({ status: 'submitted', wzCode: '62.01.9' });
      expect(JSON.stringify(kyc)).not.toMatch(/Intruder|Ivan/);
      const stored = await app.sql<{ kyc_package: unknown }>('SELECT kyc_package FROM bank_account_applications WHERE id = $1', [
        victimApplicationId,
      ]);
      expect(JSON.stringify(stored[0].kyc_package)).not.toMatch(/Intruder|Ivan|Webhook Testers/);
    });

    it('refuses every operation on another company’s data with NOT_FOUND', async () => {
      const asIntruder = { token: intruder.token };
      const notFound = (response: { errors?: { extensions: { code: string } }[] }) =>
        expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
      notFound(await graphql<any>(app, BANK_KYC_PREVIEW, { companyId: victim.companyId }, asIntruder));
      notFound(await graphql<any>(app, BANK_ACCOUNT_APPLICATIONS, { companyId: victim.companyId }, asIntruder));
      notFound(
        await applyForBankAccount(app, intruder.token, {
          companyId: victim.companyId,
          bankId: await partnerBankId(app, intruder.token, OTHER_SANDBOX_BANK),
        }),
      );
      notFound(await graphql<any>(app, ANSWER_BANK_DOCUMENT_REQUEST, { input: { documentRequestId, message: 'hijacked' } }, asIntruder));
      const upload = await request(app.http)
        .post(`/api/banking/document-requests/${documentRequestId}/attachment`)
        .set('authorization', `Bearer ${intruder.token}`)
        .attach('file', PNG, 'x.png');
      expect(upload.status).toBe(404);
      // unknown ids look the same
      notFound(await graphql<any>(app, BANK_ACCOUNT_APPLICATIONS, { companyId: '00000000-0000-4000-8000-000000000000' }, asIntruder));
      notFound(
        await graphql<any>(
          app,
          ANSWER_BANK_DOCUMENT_REQUEST,
          { input: { documentRequestId: '00000000-0000-4000-8000-000000000000', message: 'x' } },
          asIntruder,
        ),
      );
      // nothing changed
      expect(await app.sql('SELECT 1 FROM bank_account_applications WHERE company_id = $1', [victim.companyId])).toHaveLength(1);
      const [request_] = await app.sql<{ status: string; answer_text: string | null; attachment_sha256: string | null }>(
        'SELECT status, answer_text, attachment_sha256 FROM bank_document_requests WHERE id = $1',
        [documentRequestId],
      );
      expect(request_).toEqual({ status: 'open', answer_text: null, attachment_sha256: null });
    });

    it('refuses anonymous callers and lets economic development staff read', async () => {
      expect((await graphql<any>(app, BANK_ACCOUNT_APPLICATIONS, { companyId: victim.companyId })).errors?.[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        (await request(app.http).post(`/api/banking/document-requests/${documentRequestId}/attachment`).attach('file', PNG, 'x.png'))
          .status,
      ).toBe(401);
      const staff = await accountWithRoles(app, ['staff_economic_development']);
      const read = await graphql<any>(app, BANK_ACCOUNT_APPLICATIONS, { companyId: victim.companyId }, { token: staff.token });
      expect(read.data!.bankAccountApplications).toHaveLength(1);
      expect(
        (await graphql<any>(app, ANSWER_BANK_DOCUMENT_REQUEST, { input: { documentRequestId, message: 'staff' } }, { token: staff.token }))
          .errors?.[0].extensions.code,
      ).toBe('NOT_FOUND');
      const someone = await signedInAccount(app);
      expect(
        (await graphql<any>(app, BANK_ACCOUNT_APPLICATIONS, { companyId: victim.companyId }, { token: someone.token })).errors?.[0]
          .extensions.code,
      ).toBe('NOT_FOUND');
    });

    it('requires consent and allows one open application per company and bank', async () => {
      const company = await companyReadyForBankForTest(app, { legalName: 'Consent Matters SAS' });
      const withoutConsent = await applyForBankAccount(app, company.token, { companyId: company.companyId, bankId, consent: false });
      expect(withoutConsent.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [expect.objectContaining({ field: 'consent' })],
      });
      expect(await app.sql('SELECT 1 FROM bank_account_applications WHERE company_id = $1', [company.companyId])).toHaveLength(0);

      // consent covers what was shown: a package that changed since is refused
      const shown = (
        await graphql<any>(
          app,
          'query($companyId: ID!) { bankAccountKycPreview(companyId: $companyId) { contentSha256 registerExtract { sha256 } } }',
          { companyId: company.companyId },
          { token: company.token },
        )
      ).data!.bankAccountKycPreview;
      expect(shown.registerExtract).toBeNull();
      const uploaded = await request(app.http)
        .post(`/api/companies/${company.companyId}/register-extract`)
        .set('authorization', `Bearer ${company.token}`)
        .attach('file', PNG, 'extract.png');
      expect(uploaded.status).toBe(201);
      const stale = await applyForBankAccount(app, company.token, {
        companyId: company.companyId,
        bankId,
        packageSha256: shown.contentSha256,
      });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PACKAGE_CHANGED' });
      expect(await app.sql('SELECT 1 FROM bank_account_applications WHERE company_id = $1', [company.companyId])).toHaveLength(0);
      const current = (
        await graphql<any>(
          app,
          'query($companyId: ID!) { bankAccountKycPreview(companyId: $companyId) { contentSha256 } }',
          { companyId: company.companyId },
          { token: company.token },
        )
      ).data!.bankAccountKycPreview;
      expect(current.contentSha256).not.toBe(shown.contentSha256);

      const idempotencyKey = 'consent-matters-0001';
      const parallel = await Promise.all(
        [1, 2, 3].map(() =>
          applyForBankAccount(app, company.token, {
            companyId: company.companyId,
            bankId,
            idempotencyKey,
            packageSha256: current.contentSha256,
          }),
        ),
      );
      const [first] = parallel;
      expect(parallel.map((response) => response.errors)).toEqual([undefined, undefined, undefined]);
      expect(new Set(parallel.map((response) => response.data!.applyForBankAccount.id)).size).toBe(1);
      const second = await applyForBankAccount(app, company.token, { companyId: company.companyId, bankId });
      expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATION_OPEN' });
      const [consent] = await app.sql<{ consent_text_version: string; consent_given_at: Date; applicant_account_id: string }>(
        'SELECT consent_text_version, consent_given_at, applicant_account_id FROM bank_account_applications WHERE company_id = $1',
        [company.companyId],
      );
      expect(consent).toMatchObject({ consent_text_version: 'bank-kyc-consent-v1', applicant_account_id: company.accountId });
      const [audit] = await app.sql<{ details: Record<string, unknown> }>(
        "SELECT details FROM audit_events WHERE action = 'banking.application_consented' AND subject_id = $1",
        [first.data!.applyForBankAccount.id],
      );
      expect(audit.details).toMatchObject({
        consentTextVersion: 'bank-kyc-consent-v1',
        kycPackageSha256: first.data!.applyForBankAccount.kycPackageSha256,
      });
    });
  });
});

import { isValidIBAN } from 'ibantools';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OnboardingStep, OnboardingSteps } from '../src/companies/onboarding/onboarding-steps.js';
import { sha256OfCanonical } from '../src/banking/kyc/canonical-json.js';
import { Translator } from '../src/common/i18n/translator.js';
import {
  ANSWER_BANK_DOCUMENT_REQUEST,
  applyForBankAccount,
  bankApplicationWithStatus,
  companyReadyForBankForTest,
  partnerBankId,
  SANDBOX_BANK,
  OTHER_SANDBOX_BANK,
} from './support/banking.js';
import { login } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { pdfText } from './support/pdf-text.js';
import { jobsSettled } from './support/payments.js';
import { startServer, type RunningServer } from './support/running-server.js';

/** Collects a binary answer into a Buffer (supertest only does so for some content types). */
function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082',
  'hex',
);

/**
 * The whole way over real HTTP: our adapter posts the signed KYC package to the sandbox bank's API,
 * the sandbox decides by its rules and calls our webhook, signed, through the listening server.
 */
describe('bank account applications with the sandbox bank (listening server)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ BANKING_SANDBOX_DECISION_DELAY_SECONDS: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
  });

  afterAll(async () => {
    await jobsSettled(server);
    await server.close();
  });

  /** The bank step as the journey resolves it (through the registry the journey page uses). */
  async function bankStep(_token: string, companyId: string) {
    const steps = server.app.get(OnboardingSteps, { strict: false });
    const [state] = await steps.resolve({ companyId, accountId: '' }, server.app.get(DataSource).manager, [OnboardingStep.bank_account]);
    return {
      step: state.step,
      status: state.status,
      detailKey: state.detailKey,
      link: state.link,
      ...(state.documents ? { documents: state.documents } : {}),
    };
  }

  it('hands the consented package over and ends with an opened account with a valid IBAN', async () => {
    const rep = await companyReadyForBankForTest(server, { legalName: 'Nordlicht Software Oy' });
    expect(await bankStep(rep.token, rep.companyId)).toMatchObject({
      status: 'not_started',
      link: `/company/${rep.companyId}/bank-account`,
    });
    const extract = await request(server.http)
      .post(`/api/companies/${rep.companyId}/register-extract`)
      .set('authorization', `Bearer ${rep.token}`)
      .attach('file', PNG, 'extract.png');
    expect(extract.status).toBe(201);
    const bankId = await partnerBankId(server, rep.token, SANDBOX_BANK);
    const applied = await applyForBankAccount(server, rep.token, { companyId: rep.companyId, bankId });
    expect(applied.errors).toBeUndefined();
    const application = applied.data!.applyForBankAccount;
    expect(application).toMatchObject({ status: 'requested', bank: { code: SANDBOX_BANK }, iban: null });
    expect(application.kycPackage.company.legalName).toBe('Nordlicht Software Oy');

    const opened = await bankApplicationWithStatus(server, rep.token, rep.companyId, application.id, 'opened');
    expect(isValidIBAN(opened.iban)).toBe(true);
    expect(opened.iban).toMatch(/^DE\d{2}43099001\d{10}$/);
    expect(opened.ibanFormatted).toBe(opened.iban.replace(/(.{4})/g, '$1 ').trim());
    expect(opened.handedOverAt).not.toBeNull();

    // the bank received exactly the snapshot we stored, with its hash
    const [ours] = await server.sql<{ kyc_package: unknown; kyc_package_sha256: string; bank_reference: string }>(
      'SELECT kyc_package, kyc_package_sha256, bank_reference FROM bank_account_applications WHERE id = $1',
      [application.id],
    );
    expect(sha256OfCanonical(ours.kyc_package)).toBe(ours.kyc_package_sha256);
    const [theirs] = await server.sql<{ id: string; kyc_package_sha256: string; iban: string; status: string }>(
      'SELECT id, kyc_package_sha256, iban, status FROM sandbox_bank_applications WHERE application_reference = $1',
      [application.id],
    );
    expect(theirs).toEqual({ id: ours.bank_reference, kyc_package_sha256: ours.kyc_package_sha256, iban: opened.iban, status: 'opened' });
    expect(opened.kycPackage.registerExtract).toMatchObject({
      sha256: createHash('sha256').update(PNG).digest('hex'),
      sizeBytes: PNG.length,
    });

    // the sandbox fetched the register extract through the signed, expiring link and found the consented hash
    const [fetched] = await server.sql<{ register_extract_url: string; register_extract_verified: boolean }>(
      'SELECT register_extract_url, register_extract_verified FROM sandbox_bank_applications WHERE application_reference = $1',
      [application.id],
    );
    expect(fetched.register_extract_verified).toBe(true);
    const link = new URL(fetched.register_extract_url);
    const download = await request(server.http).get(`${link.pathname}${link.search}`);
    expect(download.status).toBe(200);
    expect(
      createHash('sha256')
        .update(download.body as Buffer)
        .digest('hex'),
    ).toBe(opened.kycPackage.registerExtract.sha256);
    const forged = new URL(link);
    forged.searchParams.set('expires', String(Number(link.searchParams.get('expires')) - 1));
    expect((await request(server.http).get(`${forged.pathname}${forged.search}`)).status).toBe(404);
    expect((await request(server.http).get(link.pathname)).status).toBe(404);
    const events = await server.sql<{ type: string; outcome: string }>(
      'SELECT type, outcome FROM bank_webhook_events WHERE application_id = $1 ORDER BY sequence',
      [application.id],
    );
    expect(events).toEqual([
      { type: 'application.in_review', outcome: expect.stringMatching(/^(applied:in_review|ignored_out_of_order)$/) },
      { type: 'application.opened', outcome: 'applied:opened' },
    ]);
    expect((await server.mailbox.list(rep.email)).map((mail) => mail.template)).toContain('banking.account_opened');

    const audited = await server.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE subject_id = $1 AND action LIKE 'banking.%'",
      [application.id],
    );
    expect(audited[0].n).toBeGreaterThanOrEqual(3);
    const step = await bankStep(rep.token, rep.companyId);
    expect(step).toEqual({
      step: 'bank_account',
      status: 'done',
      detailKey: 'banking:journey.opened',
      link: `/company/${rep.companyId}/bank-account`,
      documents: [
        { labelKey: 'banking:journey.accountConfirmation', url: `/api/banking/applications/${application.id}/account-confirmation` },
      ],
    });
    const confirmation = await request(server.http)
      .get(step.documents![0].url)
      .set('authorization', `Bearer ${rep.token}`)
      .buffer(true)
      .parse(binary);
    expect(confirmation.status).toBe(200);
    expect(confirmation.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(confirmation.body as Buffer);
    expect(text).toContain(opened.ibanFormatted);
    expect(text).toContain('Nordlicht Software Oy');
    expect(text).toContain('SANDBOX');
    const stranger = await companyReadyForBankForTest(server, { legalName: 'Curious Neighbour SAS' });
    expect((await request(server.http).get(step.documents![0].url).set('authorization', `Bearer ${stranger.token}`)).status).toBe(404);
    expect((await request(server.http).get(step.documents![0].url)).status).toBe(401);
  });

  it('writes the account confirmation in the reader’s language: the holder in its own script, the IBAN left to right', async () => {
    const rep = await companyReadyForBankForTest(server, { legalName: 'شركة الأحمد للبرمجيات' });
    const bankId = await partnerBankId(server, rep.token, SANDBOX_BANK);
    const application = (await applyForBankAccount(server, rep.token, { companyId: rep.companyId, bankId })).data!.applyForBankAccount;
    const opened = await bankApplicationWithStatus(server, rep.token, rep.companyId, application.id, 'opened');
    await server.sql("UPDATE accounts SET preferred_language = 'ar' WHERE id = $1", [rep.accountId]);
    const reader = (await login(server, rep.email)).data!.login.accessToken; // a new session reads the new language
    const confirmation = await request(server.http)
      .get(`/api/banking/applications/${application.id}/account-confirmation`)
      .set('authorization', `Bearer ${reader}`)
      .buffer(true)
      .parse(binary);
    expect(confirmation.status).toBe(200);
    const lines = (await pdfText(confirmation.body as Buffer)).split('\n');
    const translator = server.app.get(Translator, { strict: false });
    expect(lines).toContain(translator.t('ar', 'banking:confirmation.title'));
    expect(lines).toContain('شركة الأحمد للبرمجيات');
    expect(lines).toContain(opened.ibanFormatted);
  });

  it('ends with a decline and the bank’s reason when the sandbox rules say so', async () => {
    const rep = await companyReadyForBankForTest(server, { legalName: 'Decline Trading SARL' });
    const bankId = await partnerBankId(server, rep.token, OTHER_SANDBOX_BANK);
    const application = (await applyForBankAccount(server, rep.token, { companyId: rep.companyId, bankId })).data!.applyForBankAccount;
    const declined = await bankApplicationWithStatus(server, rep.token, rep.companyId, application.id, 'declined');
    expect(declined.declineReason).toMatch(/risk policy/);
    expect(declined.iban).toBeNull();
    expect((await server.mailbox.list(rep.email)).map((mail) => mail.template)).toContain('banking.account_declined');
  });

  it('asks for documents, takes the answer with a file and then opens the account', async () => {
    const rep = await companyReadyForBankForTest(server, { legalName: 'Documents Please GmbH' });
    const bankId = await partnerBankId(server, rep.token, SANDBOX_BANK);
    const application = (await applyForBankAccount(server, rep.token, { companyId: rep.companyId, bankId })).data!.applyForBankAccount;
    const waiting = await bankApplicationWithStatus(server, rep.token, rep.companyId, application.id, 'documents_requested');
    expect(waiting.documentRequests).toEqual([
      expect.objectContaining({
        status: 'open',
        documentKind: 'proof_of_business_activity',
        bankMessage: expect.stringContaining('proof'),
      }),
    ]);
    expect((await server.mailbox.list(rep.email)).map((mail) => mail.template)).toContain('banking.documents_requested');
    expect(await bankStep(rep.token, rep.companyId)).toMatchObject({
      status: 'action_required',
      detailKey: 'banking:journey.documentsRequested',
    });
    const notifications = await graphql<any>(
      server,
      '{ myNotifications(page: { first: 10 }) { nodes { kind title body link } } }',
      {},
      { token: rep.token },
    );
    expect(notifications.data!.myNotifications.nodes).toContainEqual(
      expect.objectContaining({
        kind: 'banking.documents_requested',
        link: `/company/${rep.companyId}/bank-account`,
        body: expect.stringContaining('proof of your business activity'),
      }),
    );
    const requestId = waiting.documentRequests[0].id;

    const rejected = await request(server.http)
      .post(`/api/banking/document-requests/${requestId}/attachment`)
      .set('authorization', `Bearer ${rep.token}`)
      .attach('file', Buffer.from('#!/bin/sh\necho not a document\n'), 'script.pdf');
    expect(rejected.status).toBe(400);
    const uploaded = await request(server.http)
      .post(`/api/banking/document-requests/${requestId}/attachment`)
      .set('authorization', `Bearer ${rep.token}`)
      .attach('file', PNG, 'invoice.png');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.documentRequests[0].attachment).toMatchObject({
      fileName: 'invoice.png',
      contentType: 'image/png',
      sizeBytes: PNG.length,
    });

    const empty = await graphql<any>(
      server,
      ANSWER_BANK_DOCUMENT_REQUEST,
      { input: { documentRequestId: requestId, message: '   ' } },
      { token: rep.token },
    );
    expect(empty.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const answered = await graphql<any>(
      server,
      ANSWER_BANK_DOCUMENT_REQUEST,
      { input: { documentRequestId: requestId, message: 'Our first invoice is attached; expected turnover 20,000 EUR a month.' } },
      { token: rep.token },
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerBankDocumentRequest.documentRequests[0].status).toBe('answered');
    const again = await graphql<any>(
      server,
      ANSWER_BANK_DOCUMENT_REQUEST,
      { input: { documentRequestId: requestId, message: 'again' } },
      { token: rep.token },
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DOCUMENT_REQUEST_NOT_OPEN' });

    const opened = await bankApplicationWithStatus(server, rep.token, rep.companyId, application.id, 'opened');
    expect(isValidIBAN(opened.iban)).toBe(true);
    expect(opened.documentRequests[0].forwardedAt).not.toBeNull();
    const [received] = await server.sql<{ message: string; attachment_sha256: string; attachment_size_bytes: number }>(
      'SELECT d.message, d.attachment_sha256, d.attachment_size_bytes FROM sandbox_bank_documents d JOIN sandbox_bank_applications a ON a.id = d.application_id WHERE a.application_reference = $1',
      [application.id],
    );
    expect(received).toEqual({
      message: expect.stringContaining('first invoice'),
      attachment_sha256: uploaded.body.documentRequests[0].attachment.sha256,
      attachment_size_bytes: PNG.length,
    });
  });

  it('refuses unsigned or wrongly signed calls to the sandbox bank’s API', async () => {
    const unsigned = await request(server.http)
      .post(`/sandbox-bank/api/banks/${SANDBOX_BANK}/applications`)
      .set('idempotency-key', 'abcdefgh12')
      .send({ applicationReference: 'x' });
    expect(unsigned.status).toBe(401);
    const unknownBank = await request(server.http).post('/sandbox-bank/api/banks/nobank/applications').send({});
    expect(unknownBank.status).toBe(401);
  });
});

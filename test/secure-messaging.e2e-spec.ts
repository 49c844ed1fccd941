import { createHash, webcrypto } from 'node:crypto';
import request from 'supertest';
import { accountWithRoles } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { certificateApplicantForTest, REVOKE_MY_CERTIFICATE, type CertificateApplicant } from './support/pki.js';
import {
  checkSignature,
  COMPANY_MAILBOX,
  issueCertificateForTest,
  LATEST_OFFICE_MESSAGES,
  manifestOf,
  pdfBytes,
  postMessage,
  SECURE_THREAD,
  selfMadeIdentity,
  sendSignedMessage,
  signWithForge,
  STAFF_MAILBOX,
  THREAD_MESSAGES,
  type SigningIdentity,
} from './support/secure-messaging.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Person = Awaited<ReturnType<typeof accountWithRoles>>;

let app: TestApp;
let representative: CertificateApplicant;
let identity: SigningIdentity;
let office: Person;
let citizensOffice: Person;
let stranger: CertificateApplicant;
let strangerIdentity: SigningIdentity;
let threadId: string;
let firstMessageId: string;
let attachmentPath: string;

// One describe block around the hooks, so that CI can run this file in a group (test/support/e2e-group.ts).
describe('secure messaging: signed company messages, office replies and the public signature check', () => {
  beforeAll(async () => {
    app = await createTestApp({
      SIGNATURE_CHECK_PER_MINUTE: '20',
      SIGNATURE_CHECK_MAX_BYTES: '65536',
      MESSAGING_ATTACHMENT_MAX_BYTES: '65536',
    });
    representative = await certificateApplicantForTest(app, { identity: { givenName: 'Erika', familyName: 'Mustermann' } });
    identity = await issueCertificateForTest(app, representative);
    office = await accountWithRoles(app, ['staff_economic_development']);
    citizensOffice = await accountWithRoles(app, ['staff_citizens_office']);
    stranger = await certificateApplicantForTest(app);
    strangerIdentity = await issueCertificateForTest(app, stranger);
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('company messages signed by the representative', () => {
    it('verifies a detached signature over the manifest as valid, stores the files, and tells the office', async () => {
      const message = {
        companyId: representative.companyId,
        subject: '  Frage zur   Gewerbeanmeldung ',
        body: 'Guten Tag,\r\nanbei unser Registerauszug.',
        attachments: [{ fileName: 'Registerauszug.pdf', content: pdfBytes('extract') }],
      };
      // The subject is stored on one line with single spaces; that is what the manifest carries.
      const signed = { ...message, subject: 'Frage zur Gewerbeanmeldung' };
      const response = await postMessage(app, representative.token, message, signWithForge(manifestOf(signed), identity));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        verdict: 'valid',
        verdictReason: null,
        sender: 'company',
        subject: 'Frage zur Gewerbeanmeldung',
      });
      expect(response.body.signer.serialNumber).toBe(identity.serialNumber.toLowerCase());
      expect(response.body.signer.commonName).toContain('Mustermann');
      threadId = response.body.threadId;
      firstMessageId = response.body.id;

      const mailbox = await graphql<any>(app, COMPANY_MAILBOX, { companyId: representative.companyId }, { token: representative.token });
      expect(mailbox.data!.companyMailbox.nodes).toHaveLength(1);
      const thread = mailbox.data!.companyMailbox.nodes[0];
      expect(thread).toMatchObject({
        id: threadId,
        messageCount: 1,
        latestMessage: { verdict: 'valid', body: 'Guten Tag,\nanbei unser Registerauszug.' },
      });
      const [attachment] = thread.latestMessage.attachments;
      expect(attachment).toMatchObject({
        fileName: 'Registerauszug.pdf',
        mediaType: 'application/pdf',
        sha256: createHash('sha256').update(pdfBytes('extract')).digest('hex'),
      });
      attachmentPath = attachment.downloadPath;

      const download = await request(app.http).get(attachmentPath).set('authorization', `Bearer ${representative.token}`);
      expect(download.status).toBe(200);
      expect(Buffer.from(download.body).equals(pdfBytes('extract'))).toBe(true);

      const mails = await app.mailbox.list(office.email);
      expect(mails.some((mail) => mail.template === 'secure_message_from_company')).toBe(true);
      const notes = await app.sql('SELECT kind FROM in_app_notifications WHERE account_id = $1', [office.account.id]);
      expect(notes.map((note) => note.kind)).toContain('secure_message_from_company');
    });

    it('shows the office the message as validly signed, and audits the office reading it', async () => {
      const threads = await graphql<any>(app, STAFF_MAILBOX, {}, { token: office.token });
      expect(threads.data!.staffMailbox.nodes.map((thread: any) => thread.id)).toContain(threadId);
      const messages = await graphql<any>(app, THREAD_MESSAGES, { threadId }, { token: office.token });
      expect(messages.data!.secureThreadMessages.nodes[0]).toMatchObject({ id: firstMessageId, verdict: 'valid' });
      const audit = await app.sql(
        "SELECT actor_account_id FROM audit_events WHERE action = 'secure_messaging.thread_read' AND subject_id = $1",
        [threadId],
      );
      expect(audit.map((row) => row.actor_account_id)).toContain(office.account.id);
    });

    it('calls a signature over other content invalid (the text was changed after signing)', async () => {
      const signedText = {
        companyId: representative.companyId,
        subject: 'Frage zur Gewerbeanmeldung',
        threadId,
        body: 'Wir zahlen 100 Euro.',
      };
      const signature = signWithForge(manifestOf(signedText), identity);
      const response = await postMessage(app, representative.token, { ...signedText, body: 'Wir zahlen 1000 Euro.' }, signature);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ verdict: 'invalid', verdictReason: 'digest_mismatch' });
    });

    it('calls a swapped attachment invalid', async () => {
      const signedFiles = {
        companyId: representative.companyId,
        subject: 'Frage zur Gewerbeanmeldung',
        threadId,
        body: 'Anbei.',
        attachments: [{ fileName: 'a.pdf', content: pdfBytes('original') }],
      };
      const signature = signWithForge(manifestOf(signedFiles), identity);
      const response = await postMessage(
        app,
        representative.token,
        { ...signedFiles, attachments: [{ fileName: 'a.pdf', content: pdfBytes('forged') }] },
        signature,
      );
      expect(response.body).toMatchObject({ verdict: 'invalid', verdictReason: 'digest_mismatch' });
    });

    it('calls a signature with a self-made certificate an unknown signer', async () => {
      const message = { companyId: representative.companyId, subject: 'Frage zur Gewerbeanmeldung', threadId, body: 'Selbst gemacht.' };
      const response = await sendSignedMessage(app, representative.token, message, selfMadeIdentity());
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ verdict: 'unknown_signer', verdictReason: 'not_issued_by_city_ca' });
    });

    it('calls a signing time long before the receipt invalid (no back-dating past a revocation)', async () => {
      const message = { companyId: representative.companyId, subject: 'Frage zur Gewerbeanmeldung', threadId, body: 'Alt.' };
      const signature = signWithForge(manifestOf(message), identity, { signingTime: new Date(Date.now() - 2 * 3_600_000) });
      const response = await postMessage(app, representative.token, message, signature);
      expect(response.body.verdict).toBe('invalid');
      expect(['signing_time_too_old', 'certificate_not_valid_at_signing_time']).toContain(response.body.verdictReason);
    });

    it('accepts a signature made by the browser client’s CMS builder with a non-extractable WebCrypto key', async () => {
      const signerModule = '../client/src/pki/cmsSigner.ts';
      const { signDetached } = (await import(signerModule)) as {
        signDetached: (content: Uint8Array, sign: (data: Uint8Array) => Promise<Uint8Array>, pem: string) => Promise<Uint8Array>;
      };
      const pkcs8 = Buffer.from(identity.privateKeyPem.replace(/-----[^-]+-----|\s+/g, ''), 'base64');
      const key = await webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
      expect(key.extractable).toBe(false);
      const message = { companyId: representative.companyId, subject: 'Frage zur Gewerbeanmeldung', threadId, body: 'Aus dem Browser.' };
      const signature = await signDetached(
        manifestOf(message),
        async (data) => new Uint8Array(await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', key, data)),
        identity.certificatePem,
      );
      const response = await postMessage(app, representative.token, message, Buffer.from(signature));
      expect(response.body).toMatchObject({ verdict: 'valid' });
    });

    it('refuses an attachment above the size limit', async () => {
      const big = {
        companyId: representative.companyId,
        subject: 'Groß',
        body: 'Große Datei',
        attachments: [{ fileName: 'big.pdf', content: Buffer.concat([pdfBytes(), Buffer.alloc(70_000, 0x20)]) }],
      };
      const response = await postMessage(app, representative.token, big, signWithForge(manifestOf(big), identity));
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ATTACHMENT_TOO_LARGE' });
    });

    it('pages through threads with a cursor', async () => {
      const second = { companyId: representative.companyId, subject: 'Zweites Thema', body: 'Noch eine Frage.' };
      expect((await sendSignedMessage(app, representative.token, second, identity)).body.verdict).toBe('valid');
      const first = await graphql<any>(
        app,
        COMPANY_MAILBOX,
        { companyId: representative.companyId, page: { first: 1 } },
        { token: representative.token },
      );
      expect(first.data!.companyMailbox.nodes.map((thread: any) => thread.subject)).toEqual(['Zweites Thema']);
      expect(first.data!.companyMailbox.pageInfo.hasNextPage).toBe(true);
      const next = await graphql<any>(
        app,
        COMPANY_MAILBOX,
        { companyId: representative.companyId, page: { first: 1, after: first.data!.companyMailbox.pageInfo.endCursor } },
        { token: representative.token },
      );
      expect(next.data!.companyMailbox.nodes.map((thread: any) => thread.id)).toEqual([threadId]);
      expect(next.data!.companyMailbox.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses an unsigned company message and a file that is not a PDF or image, writing nothing', async () => {
      const before = await app.sql('SELECT count(*)::int AS n FROM secure_messages');
      const unsigned = await postMessage(app, representative.token, {
        companyId: representative.companyId,
        subject: 'Ohne',
        body: 'Unsigniert',
      });
      expect(unsigned.status).toBe(400);
      expect(unsigned.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SIGNATURE_REQUIRED' });
      expect(unsigned.body.error.message).toBe('Messages from a company must be signed.');
      const script = {
        companyId: representative.companyId,
        subject: 'Datei',
        body: 'Skript',
        attachments: [{ fileName: 'run.pdf', content: Buffer.from('#!/bin/sh\necho hi\n') }],
      };
      const refused = await postMessage(app, representative.token, script, signWithForge(manifestOf(script), identity));
      expect(refused.status).toBe(400);
      expect(refused.body.error.reason).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
      const after = await app.sql('SELECT count(*)::int AS n FROM secure_messages');
      expect(after[0].n).toBe(before[0].n);
    });
  });

  describe('office replies', () => {
    it('are signed with the authority certificate, verify as valid, and reach the representative', async () => {
      const response = await postMessage(app, office.token, {
        companyId: representative.companyId,
        subject: '',
        threadId,
        body: 'Vielen Dank, wir prüfen Ihr Anliegen.',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ sender: 'office', verdict: 'valid' });
      expect(response.body.signer.serialNumber).not.toBe(identity.serialNumber.toLowerCase());

      const latest = await graphql<any>(
        app,
        LATEST_OFFICE_MESSAGES,
        { companyId: representative.companyId },
        { token: representative.token },
      );
      expect(latest.data!.latestOfficeMessages).toEqual([
        expect.objectContaining({ id: response.body.id, verdict: 'valid', subject: 'Frage zur Gewerbeanmeldung' }),
      ]);
      expect((await app.mailbox.list(representative.email)).some((mail) => mail.template === 'secure_message_from_office')).toBe(true);

      // The stored manifest and signature can be checked again by anyone.
      const content = await request(app.http)
        .get(response.body.signedContentPath)
        .set('authorization', `Bearer ${representative.token}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      const signature = await request(app.http)
        .get(response.body.signaturePath)
        .set('authorization', `Bearer ${representative.token}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      const check = await checkSignature(app, { signature: signature.body as Buffer, document: content.body as Buffer });
      expect(check.status).toBe(200);
      expect(check.body).toMatchObject({ verdict: 'valid', certificateStatus: 'good', validAtSigningTime: true });
    });
  });

  describe('revocation', () => {
    it('marks messages signed after the holder revoked the certificate as revoked; earlier ones stay valid', async () => {
      const revoked = await graphql<any>(
        app,
        REVOKE_MY_CERTIFICATE,
        { input: { certificateId: identity.certificateId, reason: 'key_compromise' } },
        { token: representative.token },
      );
      expect(revoked.data?.revokeMyCertificate.status).toBe('revoked');
      await new Promise((resolve) => setTimeout(resolve, 1100)); // signing times have whole seconds
      const message = { companyId: representative.companyId, subject: 'Frage zur Gewerbeanmeldung', threadId, body: 'Nach der Sperrung.' };
      const response = await sendSignedMessage(app, representative.token, message, identity);
      expect(response.body).toMatchObject({ verdict: 'revoked', verdictReason: 'certificate_revoked' });
      const messages = await graphql<any>(app, THREAD_MESSAGES, { threadId }, { token: representative.token });
      expect(messages.data!.secureThreadMessages.nodes.find((node: any) => node.id === firstMessageId).verdict).toBe('valid');
    });
  });

  describe('public signature check', () => {
    const document = pdfBytes('contract');

    it('names the signer and the revocation status of a detached signature (DER and PEM)', async () => {
      const signature = signWithForge(document, identity);
      const der = await checkSignature(app, { signature, document });
      expect(der.status).toBe(200);
      expect(der.body).toMatchObject({
        verdict: 'revoked',
        certificateStatus: 'revoked',
        validAtSigningTime: true,
        signer: { serialNumber: identity.serialNumber.toLowerCase() },
      });
      expect(der.body.signer.commonName).toContain('Mustermann');
      expect(der.body.revokedAt).toEqual(expect.any(String));
      const pem = Buffer.from(`-----BEGIN PKCS7-----\n${signature.toString('base64')}\n-----END PKCS7-----\n`);
      expect((await checkSignature(app, { signature: pem, document })).body.verdict).toBe('revoked');
    });

    it('calls a signature dated before the certificate was issued invalid, and still reports the revocation', async () => {
      const signature = signWithForge(document, identity, { signingTime: new Date(Date.now() - 3_600_000 * 24 * 30) });
      const result = await checkSignature(app, { signature, document });
      // Thirty days back lies before the certificate was issued.
      expect(result.body).toMatchObject({
        verdict: 'invalid',
        reason: 'certificate_not_valid_at_signing_time',
        validAtSigningTime: false,
        certificateStatus: 'revoked',
      });
    });

    it('checks a .p7m with the content inside, and finds a changed document', async () => {
      const attached = await checkSignature(app, { signature: signWithForge(document, strangerIdentity, { attached: true }) });
      expect(attached.status).toBe(200);
      expect(attached.body).toMatchObject({ verdict: 'valid', contentEmbedded: true, certificateStatus: 'good' });
      const changed = await checkSignature(app, { signature: signWithForge(document, strangerIdentity), document: pdfBytes('other') });
      expect(changed.body).toMatchObject({ verdict: 'invalid', reason: 'digest_mismatch' });
    });

    it('says clearly, in the caller’s language, when a file is not a signature', async () => {
      const result = await checkSignature(app, { signature: pdfBytes('not a signature'), document }, 'de');
      expect(result.status).toBe(400);
      expect(result.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_SIGNATURE' });
      expect(result.body.error.message).toMatch(/keine CMS\/PKCS#7-Signatur/);
      const missing = await checkSignature(app, { document });
      expect(missing.body.error.reason).toBe('DOCUMENT_REQUIRED');
    });

    it('refuses a file above the size limit', async () => {
      const result = await checkSignature(app, {
        signature: signWithForge(document, strangerIdentity),
        document: Buffer.concat([document, Buffer.alloc(70_000)]),
      });
      expect(result.status).toBe(400);
      expect(result.body.error.reason).toBe('FILE_TOO_LARGE');
    });

    it('calls a self-made certificate an unknown signer', async () => {
      const result = await checkSignature(app, { signature: signWithForge(document, selfMadeIdentity()), document });
      expect(result.body).toMatchObject({ verdict: 'unknown_signer', certificateStatus: null });
    });
  });

  describe('public signature check limits', () => {
    it('rate-limits the public check per client', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 21; attempt++) statuses.push((await checkSignature(app, { signature: pdfBytes('x') })).status);
      expect(statuses).toContain(429);
      const limited = await checkSignature(app, { signature: pdfBytes('x') });
      expect(limited.body.error).toMatchObject({ code: 'RATE_LIMITED' });
    });
  });

  describe('who may read and write a thread', () => {
    const notFound = (response: { data: any; errors?: { extensions: { code: string } }[] }) => {
      expect(response.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    };

    it('refuses every operation on another company’s mailbox alike (NOT_FOUND)', async () => {
      const token = stranger.token;
      notFound(await graphql<any>(app, COMPANY_MAILBOX, { companyId: representative.companyId }, { token }));
      notFound(await graphql<any>(app, SECURE_THREAD, { id: threadId }, { token }));
      notFound(await graphql<any>(app, THREAD_MESSAGES, { threadId }, { token }));
      notFound(await graphql<any>(app, LATEST_OFFICE_MESSAGES, { companyId: representative.companyId }, { token }));
      notFound(await graphql<any>(app, STAFF_MAILBOX, {}, { token }));
      notFound(await graphql<any>(app, SECURE_THREAD, { id: '00000000-0000-4000-8000-000000000000' }, { token }));
      notFound(await graphql<any>(app, SECURE_THREAD, { id: 'not-a-uuid' }, { token }));

      const message = { companyId: representative.companyId, subject: 'Fremd', body: 'Hallo' };
      const selfSigned = signWithForge(manifestOf(message), selfMadeIdentity());
      expect((await postMessage(app, token, message, selfSigned)).status).toBe(404);
      expect((await postMessage(app, token, { ...message, threadId }, selfSigned)).status).toBe(404);
      for (const path of [
        attachmentPath,
        `/api/messaging/messages/${firstMessageId}/content.json`,
        `/api/messaging/messages/${firstMessageId}/signature.p7s`,
      ]) {
        expect((await request(app.http).get(path).set('authorization', `Bearer ${token}`)).status).toBe(404);
      }
      const count = await app.sql(
        'SELECT count(*)::int AS n FROM secure_messages m JOIN secure_threads t ON t.id = m.thread_id WHERE t.company_id = $1 AND m.author_account_id = $2',
        [representative.companyId, stranger.accountId],
      );
      expect(count[0].n).toBe(0);
    });

    it('keeps other staff (citizens’ office) and anonymous callers out', async () => {
      const token = citizensOffice.token;
      notFound(await graphql<any>(app, STAFF_MAILBOX, {}, { token }));
      notFound(await graphql<any>(app, THREAD_MESSAGES, { threadId }, { token }));
      expect((await postMessage(app, token, { companyId: representative.companyId, subject: '', threadId, body: 'Hallo' })).status).toBe(
        404,
      );
      expect((await request(app.http).get(attachmentPath).set('authorization', `Bearer ${token}`)).status).toBe(404);
      const anonymous = await graphql<any>(app, COMPANY_MAILBOX, { companyId: representative.companyId });
      expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await postMessage(app, null, { companyId: representative.companyId, subject: 'x', body: 'x' })).status).toBe(401);
      expect((await request(app.http).get(attachmentPath)).status).toBe(401);
    });

    it('marks a message signed with another person’s certificate as invalid', async () => {
      const message = { companyId: representative.companyId, subject: 'Frage zur Gewerbeanmeldung', threadId, body: 'Fremdes Zertifikat.' };
      const response = await sendSignedMessage(app, representative.token, message, strangerIdentity);
      expect(response.body).toMatchObject({ verdict: 'invalid', verdictReason: 'signer_is_not_sender' });
    });
  });
});

import forge from 'node-forge';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { messageManifest } from '../../src/secure-messaging/message-manifest.js';
import { makeCsrForTest, requestCertificate, type CertificateApplicant } from './pki.js';
import type { TestApp } from './test-app.js';

export interface SigningIdentity {
  certificateId: string;
  serialNumber: string;
  certificatePem: string;
  privateKeyPem: string;
}

export const MESSAGE_FIELDS =
  'id threadId subject sender body sentAt signedAt verdict verdictReason signer { commonName organization serialNumber } attachments { id fileName mediaType sizeBytes sha256 downloadPath } signedContentPath signaturePath';
export const THREAD_FIELDS = `id companyId companyName subject messageCount lastMessageAt latestMessage { ${MESSAGE_FIELDS} }`;
export const COMPANY_MAILBOX = `query($companyId: ID!, $page: PageInput) { companyMailbox(companyId: $companyId, page: $page) { nodes { ${THREAD_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const STAFF_MAILBOX = `query($page: PageInput) { staffMailbox(page: $page) { nodes { ${THREAD_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const SECURE_THREAD = `query($id: ID!) { secureThread(id: $id) { ${THREAD_FIELDS} } }`;
export const THREAD_MESSAGES = `query($threadId: ID!, $page: PageInput) { secureThreadMessages(threadId: $threadId, page: $page) { nodes { ${MESSAGE_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const LATEST_OFFICE_MESSAGES = `query($companyId: ID!, $first: Int) { latestOfficeMessages(companyId: $companyId, first: $first) { ${MESSAGE_FIELDS} } }`;

/** A tiny PDF: enough for the content check (magic bytes). */
export function pdfBytes(text = 'hello'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

/** A key made in Node and a certificate for it issued by the running app through requestCertificate. */
export async function issueCertificateForTest(app: TestApp, applicant: CertificateApplicant): Promise<SigningIdentity> {
  const csr = makeCsrForTest();
  const response = await requestCertificate(app, applicant.token, { companyId: applicant.companyId, csrPem: csr.csrPem });
  if (!response.data) throw new Error(`requestCertificate failed: ${JSON.stringify(response.errors)}`);
  const certificate = response.data.requestCertificate;
  return {
    certificateId: certificate.id,
    serialNumber: certificate.serialNumber,
    certificatePem: certificate.pem,
    privateKeyPem: csr.privateKeyPem,
  };
}

/** A self-made certificate (not from the city CA) that claims a city-like subject. */
export function selfMadeIdentity(): Pick<SigningIdentity, 'certificatePem' | 'privateKeyPem'> {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = '4f1e2d3c4b5a69788796a5b4c3d2e1f0';
  certificate.validity.notBefore = new Date(Date.now() - 3_600_000);
  certificate.validity.notAfter = new Date(Date.now() + 86_400_000);
  const name = [
    { name: 'commonName', value: 'Mallory' },
    { name: 'organizationName', value: 'Stadt Bochum' },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.sign(keys.privateKey, forge.md.sha256.create());
  return { certificatePem: forge.pki.certificateToPem(certificate), privateKeyPem: forge.pki.privateKeyToPem(keys.privateKey) };
}

/** A CMS SignedData over `content` made with node-forge (detached unless `attached`). */
export function signWithForge(
  content: Buffer,
  identity: Pick<SigningIdentity, 'certificatePem' | 'privateKeyPem'>,
  options: { signingTime?: Date; attached?: boolean } = {},
): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  const certificate = forge.pki.certificateFromPem(identity.certificatePem);
  p7.addCertificate(certificate);
  p7.addSigner({
    key: forge.pki.privateKeyFromPem(identity.privateKeyPem),
    certificate,
    digestAlgorithm: forge.pki.oids.sha256,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest },
      { type: forge.pki.oids.signingTime, value: (options.signingTime ?? new Date()) as unknown as string },
    ],
  });
  p7.sign({ detached: !options.attached });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}

export interface OutgoingTestMessage {
  companyId: string;
  subject: string;
  body: string;
  threadId?: string;
  attachments?: { fileName: string; content: Buffer }[];
}

/** The manifest the server will compute for this message (the subject of a reply is the thread's). */
export function manifestOf(message: OutgoingTestMessage): Buffer {
  return messageManifest({
    companyId: message.companyId,
    subject: message.subject,
    body: message.body,
    attachments: (message.attachments ?? []).map((file) => ({
      name: file.fileName,
      sha256: createHash('sha256').update(file.content).digest('hex'),
    })),
  });
}

/** POST /api/messaging/messages (multipart) as the browser client sends it. */
export function postMessage(app: TestApp, token: string | null, message: OutgoingTestMessage, signature?: Buffer, language = 'en') {
  let call = request(app.http).post('/api/messaging/messages').set('accept-language', language);
  if (token) call = call.set('authorization', `Bearer ${token}`);
  if (message.threadId) call = call.field('threadId', message.threadId);
  else call = call.field('companyId', message.companyId).field('subject', message.subject);
  call = call.field('body', message.body);
  if (signature) call = call.attach('signature', signature, { filename: 'message.p7s', contentType: 'application/pkcs7-signature' });
  for (const file of message.attachments ?? [])
    call = call.attach('attachment', file.content, { filename: file.fileName, contentType: 'application/octet-stream' });
  return call;
}

/** Signs the message with `identity` (forge) and sends it. */
export function sendSignedMessage(
  app: TestApp,
  token: string,
  message: OutgoingTestMessage,
  identity: Pick<SigningIdentity, 'certificatePem' | 'privateKeyPem'>,
) {
  return postMessage(app, token, message, signWithForge(manifestOf(message), identity));
}

/** POST /api/signatures/verify (public). */
export function checkSignature(app: TestApp, files: { signature?: Buffer; document?: Buffer }, language = 'en') {
  let call = request(app.http).post('/api/signatures/verify').set('accept-language', language);
  if (files.signature) call = call.attach('signature', files.signature, { filename: 'document.p7s' });
  if (files.document) call = call.attach('document', files.document, { filename: 'document.pdf' });
  return call;
}

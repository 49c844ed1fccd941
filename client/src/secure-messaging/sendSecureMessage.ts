import { authorizedFetch } from '../api/restFiles';
import { fetchChainPems, type Certificate } from '../pki/operations';
import { signDetached, webCryptoSigner } from '../pki/cmsSigner';
import { signingKeyFor } from '../pki/keyStore';
import { messageManifest, sha256Hex } from './messageManifest';
import type { SecureMessage } from './operations';

export interface OutgoingMessage {
  companyId: string;
  /** A reply goes to a thread; a new thread needs a subject. */
  threadId?: string;
  subject: string;
  body: string;
  files: File[];
}

/**
 * The certificate to sign with: an active one whose private key this device holds, else any with a
 * key here (revoked or expired — the server will mark such messages, and the page warns first).
 */
export async function signingCertificate(certificates: Certificate[]): Promise<{ certificate: Certificate; key: CryptoKey } | null> {
  const ordered = [
    ...certificates.filter((certificate) => certificate.status === 'active'),
    ...certificates.filter((certificate) => certificate.status !== 'active'),
  ];
  for (const certificate of ordered) {
    const key = await signingKeyFor(certificate.serialNumber);
    if (key) return { certificate, key };
  }
  return null;
}

/** Signs the message's manifest with the device key (detached CMS) and sends text, signature and files together. */
export async function sendSignedMessage(outgoing: OutgoingMessage, certificate: Certificate, key: CryptoKey): Promise<SecureMessage> {
  const message = { ...outgoing, subject: normaliseSubject(outgoing.subject) };
  const attachments = await Promise.all(message.files.map(async (file) => ({ name: file.name, sha256: await sha256Hex(file) })));
  const manifest = messageManifest({ companyId: message.companyId, subject: message.subject, body: message.body, attachments });
  const { issuingPem } = await fetchChainPems();
  const signature = await signDetached(manifest, webCryptoSigner(key), certificate.pem, [issuingPem]);
  return postMessage(message, signature);
}

/** The office's reply: the server signs it with the office's certificate. */
export function sendOfficeReply(message: OutgoingMessage): Promise<SecureMessage> {
  return postMessage(message, null);
}

/** As the server stores it: one line, single spaces. */
export function normaliseSubject(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim();
}

async function postMessage(message: OutgoingMessage, signature: Uint8Array | null): Promise<SecureMessage> {
  const form = new FormData();
  if (message.threadId) form.append('threadId', message.threadId);
  else {
    form.append('companyId', message.companyId);
    form.append('subject', normaliseSubject(message.subject));
  }
  form.append('body', message.body);
  if (signature) form.append('signature', new Blob([signature as BlobPart], { type: 'application/pkcs7-signature' }), 'message.p7s');
  for (const file of message.files) form.append('attachment', file, file.name);
  const response = await authorizedFetch('/api/messaging/messages', { method: 'POST', body: form });
  return (await response.json()) as SecureMessage;
}

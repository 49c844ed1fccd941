/**
 * The canonical content a secure message's signature covers: the browser signs it, the server
 * rebuilds it to verify the signature, so both run this one function.
 *
 * UTF-8 of `JSON.stringify` of an object with exactly these keys in this order:
 *   { "format": "bochum-secure-message/1", "companyId": <company uuid>, "subject": <thread subject>,
 *     "body": <body, line ends as \n>, "attachments": [{ "name": <file name>, "sha256": <hex, lower case> }, …] }
 * The attachments appear in the order they were sent. A signature thus binds the text and every
 * file (by hash) to one company; changing any of them breaks the message digest.
 */
export const MANIFEST_FORMAT = 'bochum-secure-message/1';

export interface ManifestInput {
  companyId: string;
  subject: string;
  body: string;
  attachments: { name: string; sha256: string }[];
}

/** Line ends as \n: browsers turn them into \r\n when they send form fields. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n?/g, '\n');
}

export function messageManifestBytes(input: ManifestInput): Uint8Array {
  const canonical = {
    format: MANIFEST_FORMAT,
    companyId: input.companyId,
    subject: input.subject,
    body: normaliseBody(input.body),
    attachments: input.attachments.map((attachment) => ({ name: attachment.name, sha256: attachment.sha256.toLowerCase() })),
  };
  return new TextEncoder().encode(JSON.stringify(canonical));
}

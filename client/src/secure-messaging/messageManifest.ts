/**
 * The canonical content a message's signature covers; byte for byte the same as the server's
 * src/secure-messaging/message-manifest.ts (see there for the format).
 */
export function messageManifest(input: { companyId: string; subject: string; body: string; attachments: { name: string; sha256: string }[] }): Uint8Array {
  const canonical = {
    format: 'bochum-secure-message/1',
    companyId: input.companyId,
    subject: input.subject,
    body: input.body.replace(/\r\n?/g, '\n'),
    attachments: input.attachments.map((attachment) => ({ name: attachment.name, sha256: attachment.sha256.toLowerCase() })),
  };
  return new TextEncoder().encode(JSON.stringify(canonical));
}

export async function sha256Hex(file: Blob): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

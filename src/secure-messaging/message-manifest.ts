import { messageManifestBytes, type ManifestInput } from '../../packages/shared/src/index.js';

export { MANIFEST_FORMAT, normaliseBody, type ManifestInput } from '../../packages/shared/src/index.js';

/** The manifest a message's signature covers (packages/shared/src/message-manifest.ts), as a Buffer. */
export function messageManifest(input: ManifestInput): Buffer {
  const bytes = messageManifestBytes(input);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

import { fileTypeFromBuffer } from 'file-type';

/** What evidence may be: PDF, JPEG, PNG, recognised by their content (magic bytes), not by name. */
export const ALLOWED_EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type EvidenceMediaType = (typeof ALLOWED_EVIDENCE_TYPES)[number];

/** The document's media type, or null when it is not one of the allowed types. */
export async function detectEvidenceType(content: Uint8Array): Promise<EvidenceMediaType | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && (ALLOWED_EVIDENCE_TYPES as readonly string[]).includes(detected.mime) ? (detected.mime as EvidenceMediaType) : null;
}

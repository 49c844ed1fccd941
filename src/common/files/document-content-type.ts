import { fileTypeFromBuffer } from 'file-type';

/** What an uploaded document (evidence, register extract, bank document) may be: PDF, JPEG, PNG, recognised by their content (magic bytes), not by name. */
export const ALLOWED_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof ALLOWED_DOCUMENT_TYPES)[number];

/** The document's media type, or null when it is not one of the allowed types. */
export async function detectDocumentType(content: Uint8Array): Promise<DocumentMediaType | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && (ALLOWED_DOCUMENT_TYPES as readonly string[]).includes(detected.mime) ? (detected.mime as DocumentMediaType) : null;
}

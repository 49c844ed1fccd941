import { fileTypeFromBuffer } from 'file-type';

/** What a scanned letter may be: PDF, JPEG or PNG, recognised by its content (magic bytes), never by its name. */
export const SCAN_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ScanMediaType = (typeof SCAN_MEDIA_TYPES)[number];

export async function detectScanType(content: Uint8Array): Promise<ScanMediaType | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && (SCAN_MEDIA_TYPES as readonly string[]).includes(detected.mime) ? (detected.mime as ScanMediaType) : null;
}

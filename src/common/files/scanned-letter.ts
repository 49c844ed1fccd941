import '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { createHash } from 'node:crypto';
import type { DomainException } from '../errors/domain.exception.js';

/** What a scanned letter may be: PDF, JPEG or PNG, recognised by its content (magic bytes), never by its name. */
export const SCAN_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ScanMediaType = (typeof SCAN_MEDIA_TYPES)[number];

export async function detectScanType(content: Uint8Array): Promise<ScanMediaType | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && (SCAN_MEDIA_TYPES as readonly string[]).includes(detected.mime) ? (detected.mime as ScanMediaType) : null;
}

export function scanExtension(mediaType: string): string {
  return mediaType === 'application/pdf' ? 'pdf' : mediaType === 'image/png' ? 'png' : 'jpg';
}

/** The scan's stored facts: type by content, size and SHA-256; null for bytes that are no PDF, JPEG or PNG. */
export async function scanFacts(content: Buffer): Promise<{ mediaType: ScanMediaType; sizeBytes: number; sha256: string } | null> {
  const mediaType = await detectScanType(content);
  if (!mediaType) return null;
  return { mediaType, sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_AGE_DAYS = 366;

/** A letter's arrival day: a real `YYYY-MM-DD`, not after tomorrow (time zones) and at most a year back. */
export function isValidReceivedOn(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) return false;
  const tomorrow = Date.now() + 24 * 3600 * 1000;
  return day.getTime() <= tomorrow && day.getTime() >= Date.now() - MAX_AGE_DAYS * 24 * 3600 * 1000;
}

/** What is wrong with a letter's sender and day, as the field and the problem; null when both are fine. */
export function letterProblem(sender: string, receivedOn: unknown): { field: string; problem: LetterProblem } | null {
  if (!sender) return { field: 'sender', problem: 'sender_required' };
  if (sender.length > 200) return { field: 'sender', problem: 'sender_too_long' };
  if (!isValidReceivedOn(receivedOn)) return { field: 'receivedOn', problem: 'received_on_invalid' };
  return null;
}

export type LetterProblem = 'sender_required' | 'sender_too_long' | 'received_on_invalid';

export interface LetterUpload {
  fields: Record<string, string>;
  scan?: { content: Buffer };
}

/**
 * Reads a letter form (multipart): the named text fields and at most one file in the field `scan`.
 * `malformed` is thrown for anything else, `tooLarge` for a scan over `maxBytes`.
 */
export async function readLetterUpload(
  request: FastifyRequest,
  fieldNames: readonly string[],
  maxBytes: number,
  errors: { malformed: () => DomainException; tooLarge: () => DomainException },
): Promise<LetterUpload> {
  if (!request.isMultipart()) throw errors.malformed();
  const upload: LetterUpload = { fields: {} };
  const limits = { fileSize: maxBytes, files: 1, fields: fieldNames.length, parts: fieldNames.length + 1, fieldSize: 1000 };
  const notAScan = errors.malformed();
  try {
    for await (const part of request.parts({ limits })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'scan') throw notAScan;
        upload.scan = { content: await part.toBuffer() };
      } else if (fieldNames.includes(part.fieldname) && typeof part.value === 'string') {
        upload.fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error === notAScan) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw errors.tooLarge();
    throw errors.malformed();
  }
  return upload;
}

/** RFC 6266 download name: an ASCII fallback plus the exact name in UTF-8. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a scan as a private download that a browser never runs. */
export function sendScan(reply: FastifyReply, file: { content: Buffer; mediaType: string; fileName: string }): Buffer {
  void reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; sandbox");
  return file.content;
}

import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { SecureMessagingException } from './secure-messaging.exception.js';

export interface MultipartForm {
  fields: Map<string, string>;
  files: { field: string; fileName: string; content: Buffer }[];
}

const LIMIT_ERRORS: Record<string, 'size' | 'count'> = {
  FST_REQ_FILE_TOO_LARGE: 'size',
  FST_FILES_LIMIT: 'count',
  FST_PARTS_LIMIT: 'count',
  FST_FIELDS_LIMIT: 'count',
  FST_REQ_FIELD_TOO_LARGE: 'size',
};

/** Reads a whole multipart form into memory within the given limits; file fields keep their order. */
export async function readMultipartForm(
  request: FastifyRequest,
  limits: { fileSize: number; files: number; fields: number; fieldSize: number },
  onTooLarge: () => Error,
  onTooMany: () => Error,
): Promise<MultipartForm> {
  if (!request.isMultipart()) throw SecureMessagingException.multipartExpected();
  const form: MultipartForm = { fields: new Map(), files: [] };
  try {
    for await (const part of request.parts({ limits: { ...limits, parts: limits.files + limits.fields } })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        form.files.push({ field: part.fieldname, fileName: part.filename ?? '', content });
      } else if (typeof part.value === 'string') {
        if (part.valueTruncated) throw onTooLarge();
        form.fields.set(part.fieldname, part.value);
      }
    }
  } catch (error) {
    const limit = LIMIT_ERRORS[(error as { code?: string }).code ?? ''];
    if (limit === 'size') throw onTooLarge();
    if (limit === 'count') throw onTooMany();
    throw error;
  }
  return form;
}

/** RFC 6266 download name: an ASCII fallback plus the exact name in UTF-8. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

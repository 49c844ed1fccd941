import type { FastifyRequest } from 'fastify';
import type { DomainException } from '../errors/domain.exception.js';
import { readLetterUpload } from '../files/scanned-letter.js';
import type { MailDeskLetterInput } from './mail-desk.js';

const FIELDS = ['allocationId', 'sender', 'receivedOn'];

/**
 * A letter as staff send it (multipart): the fields `allocationId`, `sender`, `receivedOn`
 * (YYYY-MM-DD) and, for scanned mail, the file `scan` of at most `maxBytes`. Checked by `MailDesk.check`.
 */
export async function readMailDeskLetter(
  request: FastifyRequest,
  maxBytes: number,
  errors: { malformed: () => DomainException; tooLarge: () => DomainException },
): Promise<MailDeskLetterInput> {
  const { fields, scan } = await readLetterUpload(request, FIELDS, maxBytes, errors);
  return { allocationId: fields.allocationId ?? '', sender: fields.sender ?? '', receivedOn: fields.receivedOn ?? '', scan };
}

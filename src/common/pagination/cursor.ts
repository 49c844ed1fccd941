import { DomainException } from '../errors/domain.exception.js';
import { isUuid } from '../ids/is-uuid.js';

export interface KeysetCursor {
  createdAt: string;
  id: string;
}

/** Opaque cursors for keyset pagination over (created_at, id). */
export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): KeysetCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) throw new Error('malformed');
    return { createdAt, id };
  } catch {
    throw DomainException.invalidInput([{ field: 'after', constraint: 'cursor', messageKey: 'validation.invalid' }]);
  }
}

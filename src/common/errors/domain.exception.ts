import { ErrorCode } from './error-code.js';

/** A field-level validation problem; `messageKey` is translated when the error is sent. */
export interface FieldError {
  field: string;
  constraint: string;
  messageKey: string;
  params?: Record<string, unknown>;
}

export interface DomainExceptionOptions {
  /** A stable, machine-readable refinement of the code, e.g. `INVALID_CREDENTIALS`. */
  reason?: string;
  params?: Record<string, unknown>;
  fields?: FieldError[];
  retryAfterSeconds?: number;
}

/**
 * The base of every expected error. The message is a key in the `errors` namespace, translated
 * into the caller's language at the edge; never a sentence.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly options: DomainExceptionOptions = {},
  ) {
    super(`${code}: ${messageKey}${options.reason ? ` (${options.reason})` : ''}`);
    this.name = new.target.name;
  }

  static unauthenticated(): DomainException {
    return new DomainException(ErrorCode.UNAUTHENTICATED, 'unauthenticated');
  }

  static forbidden(): DomainException {
    return new DomainException(ErrorCode.FORBIDDEN, 'forbidden');
  }

  static notFound(): DomainException {
    return new DomainException(ErrorCode.NOT_FOUND, 'not_found');
  }

  static invalidInput(fields: FieldError[]): DomainException {
    return new DomainException(ErrorCode.BAD_USER_INPUT, 'validation_failed', { reason: 'VALIDATION_FAILED', fields });
  }

  static rateLimited(retryAfterSeconds: number): DomainException {
    return new DomainException(ErrorCode.RATE_LIMITED, 'rate_limited', {
      reason: 'RATE_LIMITED',
      retryAfterSeconds,
      params: { count: retryAfterSeconds },
    });
  }
}

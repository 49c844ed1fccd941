import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

/**
 * PostgreSQL's answers when a bounded wait ran out (src/database/data-source-options.ts) or two
 * transactions met: lock_timeout, statement_timeout, idle_in_transaction_session_timeout, a
 * deadlock, a serialization failure, no connection slot left.
 */
const BUSY_SQLSTATES = new Set(['55P03', '57014', '25P03', '40P01', '40001', '53300']);
/**
 * node-postgres' pool when no connection became free, or a new one could not be opened, within
 * `connectionTimeoutMillis`.
 */
const POOL_ACQUIRE_TIMEOUT = /timeout exceeded when trying to connect|connection terminated due to connection timeout/i;

/** Seconds a caller is told to wait before trying again. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

function sqlStateOf(error: unknown): string | undefined {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = failure?.driverError?.code ?? failure?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when `error` means "the database is busy right now", not a fault: the caller may simply try again. */
export function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const state = sqlStateOf(error);
  if (state && BUSY_SQLSTATES.has(state)) return true;
  return POOL_ACQUIRE_TIMEOUT.test(error.message);
}

/** What the caller sees instead of INTERNAL: RATE_LIMITED (429, Retry-After) with the reason BUSY. */
export function busyException(): DomainException {
  return new DomainException(ErrorCode.RATE_LIMITED, 'busy', {
    reason: 'BUSY',
    retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
    params: { count: BUSY_RETRY_AFTER_SECONDS },
  });
}

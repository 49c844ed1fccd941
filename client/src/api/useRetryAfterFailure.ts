import { useEffect, useRef } from 'react';
import type { AppError, ErrorCode } from './appError';

/** Errors that say nothing about the request itself: the same read may well succeed a moment later. */
const PASSING_ERRORS = new Set<ErrorCode>(['NETWORK', 'INTERNAL', 'RATE_LIMITED']);
const FIRST_RETRY_SECONDS = 3;
const LAST_RETRY_SECONDS = 60;

/**
 * A page that failed to load because of the server or the network (not the person's request) reads
 * again by itself — after the server's Retry-After when it gave one, else after a growing pause — so
 * a moment's overload does not leave someone who waits for something (a card being issued) looking
 * at an error until they reload.
 */
export function useRetryAfterFailure(error: AppError | undefined, retry: () => Promise<unknown>): void {
  const failures = useRef(0);
  useEffect(() => {
    if (!error) {
      failures.current = 0;
      return undefined;
    }
    if (!PASSING_ERRORS.has(error.code)) return undefined;
    failures.current += 1;
    const seconds = error.retryAfterSeconds ?? Math.min(LAST_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** (failures.current - 1));
    const timer = setTimeout(() => void retry().catch(() => undefined), seconds * 1000);
    return () => clearTimeout(timer);
  }, [error, retry]);
}

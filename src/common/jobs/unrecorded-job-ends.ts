/**
 * pg-boss 10 records a job's end (`complete` or `fail`) without awaiting it in its worker loop, so when
 * the database is unreachable at that moment (an outage, a failover) the rejection has no handler and
 * Node ends the process. Nothing is lost by living on: a job whose end was not recorded stays active
 * and pg-boss runs it again after its expiry (handlers are idempotent). Every other unhandled rejection
 * still ends the process, as by default.
 */
export function isUnrecordedJobEnd(reason: unknown): boolean {
  if (!(reason instanceof Error) || typeof reason.stack !== 'string') return false;
  return /pg-boss[\\/]src[\\/]manager\.js/.test(reason.stack) && /\bManager\.(complete|fail)\b/.test(reason.stack);
}

/** Installs the process-wide handler: unrecorded job ends are logged, anything else is thrown again (the process ends). */
export function surviveUnrecordedJobEnds(log: (reason: Error) => void): void {
  process.on('unhandledRejection', (reason) => {
    if (isUnrecordedJobEnd(reason)) {
      log(reason as Error);
      return;
    }
    throw reason;
  });
}

import { useCallback, useRef, useState } from 'react';
import { toAppError, type AppError } from '../api/appError';
import { RestError } from '../api/restFiles';

/**
 * useFormSubmission for forms that call REST endpoints as well as GraphQL: a RestError keeps the
 * server's localized message and field details instead of turning into a network error.
 */
export function useRestFormSubmission() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const running = useRef(false);

  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(caught instanceof RestError ? caught.appError : toAppError(caught));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}

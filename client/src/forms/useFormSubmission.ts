import { useCallback, useRef, useState } from 'react';
import { toAppError, type AppError } from '../api/appError';

/**
 * Runs a form's async action: blocks double submits, keeps the last error.
 * Form values live in the form's own state and are never reset on error.
 */
export function useFormSubmission() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const running = useRef(false);

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(toAppError(caught));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}

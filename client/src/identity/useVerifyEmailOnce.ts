import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { toAppError, type AppError } from '../api/appError';
import { VERIFY_EMAIL } from './operations';

type VerificationState = { status: 'pending' } | { status: 'verified' } | { status: 'failed'; error: AppError };

// Tokens are single-use: remember each attempt so a re-mount (e.g. React StrictMode) does not send it twice.
const attempts = new Map<string, Promise<VerificationState>>();

/** Calls verifyEmail(token) once per token and reports the outcome. */
export function useVerifyEmailOnce(token: string): VerificationState {
  const client = useApolloClient();
  const [state, setState] = useState<VerificationState>({ status: 'pending' });

  useEffect(() => {
    let attempt = attempts.get(token);
    if (!attempt) {
      attempt = client
        .mutate({ mutation: VERIFY_EMAIL, variables: { token } })
        .then((): VerificationState => ({ status: 'verified' }))
        .catch((error: unknown): VerificationState => ({ status: 'failed', error: toAppError(error) }));
      attempts.set(token, attempt);
    }
    let current = true;
    void attempt.then((outcome) => current && setState(outcome));
    return () => {
      current = false;
    };
  }, [client, token]);

  return state;
}

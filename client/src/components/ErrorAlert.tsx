import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../api/appError';
import { Alert } from './Alert';
import { ltrText } from './Ltr';

interface ErrorAlertProps {
  error: AppError;
  /** Fields the form shows; their messages appear next to the field, the others here. */
  formFields?: readonly string[];
  /** Extra help or actions, e.g. a button to resend the verification e-mail. */
  children?: ReactNode;
}

function useErrorMessage(error: AppError): { message: string; isGeneric: boolean } {
  const { t } = useTranslation();
  const seconds = error.retryAfterSeconds;
  if (error.code === 'RATE_LIMITED' && seconds !== undefined) {
    // Long waits read better in minutes ("15 minutes" rather than "900 seconds").
    const message =
      seconds > 90
        ? t('errorAlert.retryAfterMinutes', { count: Math.ceil(seconds / 60) })
        : t('errorAlert.retryAfterSeconds', { count: seconds });
    return { message, isGeneric: false };
  }
  if (error.code === 'NETWORK') return { message: t('errorAlert.network'), isGeneric: true };
  if (error.code === 'INTERNAL' || !error.message) return { message: t('errorAlert.generic'), isGeneric: true };
  return { message: error.message, isGeneric: false };
}

/** Shows a failed operation: the server's localized message, field problems, wait time, reference. */
export function ErrorAlert({ error, formFields = [], children }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { message, isGeneric } = useErrorMessage(error);
  const otherProblems = error.details.filter((detail) => !formFields.includes(detail.field));

  return (
    <Alert variant="danger" role="alert" title={t('errorAlert.title')} testId="error" focusOnShow={error}>
      <p className="kern-body">{message}</p>
      {otherProblems.length > 0 && (
        <ul className="kern-list kern-list--bullet">
          {otherProblems.map((problem) => (
            <li key={`${problem.field}-${problem.constraint}`}>{problem.message}</li>
          ))}
        </ul>
      )}
      {children}
      {isGeneric && error.correlationId && (
        <p className="kern-body kern-body--small kern-body--muted">{t('errorAlert.correlationId', { id: ltrText(error.correlationId) })}</p>
      )}
    </Alert>
  );
}

import type { AppError, FieldProblem } from '../api/appError';

/** Field name → first message for it, for showing errors next to the fields. */
export function fieldErrorsOf(error: AppError | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of error?.details ?? []) result[problem.field] ??= problem.message;
  return result;
}

/** Problems for every field that is empty (after trimming). */
export function emptyFields(values: Record<string, string>, message: string): FieldProblem[] {
  return Object.entries(values)
    .filter(([, value]) => value.trim() === '')
    .map(([field]) => ({ field, message, constraint: 'required' }));
}

/** An AppError shaped like the server's validation errors, or null when there is nothing to report. */
export function clientValidationError(problems: FieldProblem[], summary: string): AppError | null {
  return problems.length > 0 ? { code: 'BAD_USER_INPUT', message: summary, details: problems } : null;
}

/** The repeat field must equal the new password (checked in the browser; the server never sees it). */
export function passwordRepeatProblems(newPassword: string, passwordRepeat: string, message: string): FieldProblem[] {
  return passwordRepeat !== '' && newPassword !== passwordRepeat ? [{ field: 'passwordRepeat', message, constraint: 'equals' }] : [];
}

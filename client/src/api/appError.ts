import type { GraphQLFormattedError } from 'graphql';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export const SERVER_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'PAYMENT_REQUIRED',
  'ASSURANCE_TOO_LOW',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

/** NETWORK: the server could not be reached or answered with something that is not GraphQL. */
export type ErrorCode = (typeof SERVER_ERROR_CODES)[number] | 'NETWORK';

/** One entry of `extensions.details`: a validation message for one form field. */
export interface FieldProblem {
  field: string;
  /** The server's full path, e.g. "translations.0.title", for forms with repeated groups. */
  path?: string;
  message: string;
  constraint: string;
}

/** What the UI needs to know about a failed operation. */
export interface AppError {
  code: ErrorCode;
  /** Already localized (by the server, or by the client for its own checks). Absent for network failures. */
  message?: string;
  /** Stable machine code such as INVALID_CREDENTIALS or LINK_EXPIRED. */
  reason?: string;
  details: FieldProblem[];
  retryAfterSeconds?: number;
  correlationId?: string;
}

type Extensions = Record<string, unknown> | undefined;

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function asCode(value: unknown): ErrorCode {
  return (SERVER_ERROR_CODES as readonly unknown[]).includes(value) ? (value as ErrorCode) : 'INTERNAL';
}

function detailsOf(extensions: Extensions): FieldProblem[] {
  const details = extensions?.details;
  if (!Array.isArray(details)) return [];
  return details.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, message, constraint } = entry as Record<string, unknown>;
    if (typeof field !== 'string' || typeof message !== 'string') return [];
    // The server may report nested paths like "input.email"; forms use the last segment.
    const fieldName = field.split('.').pop() ?? field;
    return [{ field: fieldName, path: field, message, constraint: typeof constraint === 'string' ? constraint : '' }];
  });
}

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): AppError {
  const main = errors.find((error) => error.extensions?.code) ?? errors[0];
  const extensions = main?.extensions;
  const retryAfter = Number(extensions?.retryAfterSeconds);
  return {
    code: asCode(extensions?.code),
    message: asString(main?.message),
    reason: asString(extensions?.reason),
    details: errors.flatMap((error) => detailsOf(error.extensions)),
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined,
    correlationId: errors.map((error) => asString(error.extensions?.correlationId)).find(Boolean),
  };
}

function graphQLErrorsInBody(bodyText: string): GraphQLFormattedError[] | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    const errors = (body as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) && errors.length > 0 ? (errors as GraphQLFormattedError[]) : undefined;
  } catch {
    return undefined;
  }
}

function fromServerError(error: ServerError): AppError {
  const errors = graphQLErrorsInBody(error.bodyText);
  if (errors) return fromGraphQLErrors(errors);
  if (error.statusCode === 429) {
    const retryAfter = Number(error.response.headers.get('retry-after'));
    return {
      code: 'RATE_LIMITED',
      details: [],
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    };
  }
  // No GraphQL body: a proxy or gateway answered. 502–504 mean the server is not reachable.
  const unreachable = error.statusCode >= 502 && error.statusCode <= 504;
  const correlationId = asString(error.response.headers.get('x-correlation-id'));
  return { code: unreachable ? 'NETWORK' : 'INTERNAL', details: [], correlationId };
}

/** Turns anything an Apollo operation can throw into an AppError. */
/** A REST endpoint's error answer, already in the AppError shape (see restFiles.ts). */
export class RestError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message ?? appError.code);
  }
}

export function toAppError(error: unknown): AppError {
  if (error instanceof RestError) return error.appError;
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) return fromServerError(error);
  return { code: 'NETWORK', details: [] };
}

/** Builds an AppError from a raw GraphQL `errors` array (used outside Apollo, e.g. the session refresh). */
export function appErrorFromGraphQL(errors: ReadonlyArray<GraphQLFormattedError>): AppError {
  return fromGraphQLErrors(errors);
}

/** True for UNAUTHENTICATED, whether it came as a GraphQL error or inside a non-2xx HTTP response. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return ServerError.is(error) && toAppError(error).code === 'UNAUTHENTICATED';
}

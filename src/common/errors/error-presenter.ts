import { Injectable, Logger, HttpException } from '@nestjs/common';
import { DomainException } from './domain.exception.js';
import { ErrorCode, HTTP_STATUS_OF } from './error-code.js';
import { formatDateTime } from '../i18n/formatting.js';
import { renderParam } from '../i18n/message-params.js';
import { Translator } from '../i18n/translator.js';
import { RequestContext } from '../context/request-context.js';
import { busyException, isDatabaseBusy } from '../../database/database-busy.js';

export interface PresentedError {
  status: number;
  message: string;
  extensions: {
    code: ErrorCode;
    reason?: string;
    details?: { field: string; constraint: string; message: string }[];
    retryAfterSeconds?: number;
    /** For malformed queries: GraphQL's own (English) explanation, for developers. */
    detail?: string;
    correlationId?: string;
  };
}

/** GraphQL's own request errors (parse, validation, limits): the caller's mistake. */
const QUERY_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  402: ErrorCode.PAYMENT_REQUIRED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  405: ErrorCode.NOT_FOUND,
  406: ErrorCode.BAD_USER_INPUT,
  408: ErrorCode.BAD_USER_INPUT,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  414: ErrorCode.BAD_USER_INPUT,
  415: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
  431: ErrorCode.BAD_USER_INPUT,
};

/** The message key of a refused request by its HTTP status, where a specific one fits better. */
const REQUEST_ERROR_KEYS: Record<number, string> = { 414: 'request_too_long', 431: 'request_too_long' };

/**
 * Fastify and its plugins (router, body parsers, multipart) refuse malformed requests with a
 * coded error (`FST_…`) that carries a 4xx status: the caller's mistake, never INTERNAL.
 */
function requestErrorStatus(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code !== 'string' || !code.startsWith('FST_') || typeof statusCode !== 'number') return undefined;
  return statusCode >= 400 && statusCode < 500 ? statusCode : undefined;
}

/** Where a request is presented outside its request context (the router, the HTTP parser). */
export interface PresentationFallback {
  language?: string;
  correlationId?: string;
}

/**
 * The one mapping from anything thrown to what a caller sees: a code from the closed set,
 * a message in the caller's language, field details, and the correlation id. Unknown errors are
 * logged in full and shown as INTERNAL without internals.
 */
@Injectable()
export class ErrorPresenter {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly translator: Translator,
    private readonly requestContext: RequestContext,
  ) {}

  present(error: unknown, graphqlCode?: string, graphqlMessage?: string, fallback: PresentationFallback = {}): PresentedError {
    const language = this.requestContext.language ?? fallback.language ?? this.translator.defaultLanguage;
    const correlationId = this.requestContext.correlationId ?? fallback.correlationId;
    const t = (key: string, params?: Record<string, unknown>) =>
      this.translator.t(language, `errors:${key}`, this.localized(params, language));

    if (error instanceof DomainException) {
      const { reason, fields, retryAfterSeconds, params } = error.options;
      return {
        status: HTTP_STATUS_OF[error.code],
        message: t(error.messageKey, params),
        extensions: {
          code: error.code,
          ...(reason ? { reason } : {}),
          ...(fields
            ? {
                details: fields.map((field) => ({
                  field: field.field,
                  constraint: field.constraint,
                  message: t(field.messageKey, field.params),
                })),
              }
            : {}),
          ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
          correlationId,
        },
      };
    }
    if (graphqlCode && QUERY_ERROR_CODES.has(graphqlCode)) {
      return {
        status: 400,
        message: t('invalid_query'),
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_QUERY', detail: graphqlMessage, correlationId },
      };
    }
    const requestStatus = requestErrorStatus(error);
    const status = error instanceof HttpException ? error.getStatus() : requestStatus;
    if (status !== undefined && HTTP_STATUS_CODES[status]) {
      const code = HTTP_STATUS_CODES[status];
      const key = REQUEST_ERROR_KEYS[status] ?? (code === ErrorCode.BAD_USER_INPUT ? 'bad_request' : code.toLowerCase());
      return { status, message: t(key), extensions: { code, correlationId } };
    }
    if (requestStatus !== undefined) {
      return { status: 400, message: t('bad_request'), extensions: { code: ErrorCode.BAD_USER_INPUT, correlationId } };
    }
    if (isDatabaseBusy(error)) {
      this.logger.warn({ err: error }, 'Database busy; the caller is asked to try again');
      return this.present(busyException());
    }
    this.logger.error({ err: error }, 'Unexpected error');
    return {
      status: 500,
      message: t('internal'),
      extensions: { code: ErrorCode.INTERNAL, correlationId },
    };
  }

  /**
   * Dates and other message parameters (`param.date(…)`, `param.key(…)`) the reader's way, e.g.
   * "15 January 2027 at 14:30 CET". Numbers stay numbers: for plural forms, and for catalogue texts
   * that format them (`{{max, number}}`).
   */
  private localized(params: Record<string, unknown> | undefined, language: string): Record<string, unknown> | undefined {
    if (!params) return params;
    return Object.fromEntries(
      Object.entries(params).map(([name, value]) => {
        if (value instanceof Date && !Number.isNaN(value.getTime())) return [name, formatDateTime(value, language)];
        if (typeof value === 'object' && value !== null) return [name, renderParam(this.translator, language, value).text];
        return [name, value];
      }),
    );
  }
}

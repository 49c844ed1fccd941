import { Injectable, Logger, HttpException } from '@nestjs/common';
import { DomainException } from './domain.exception.js';
import { ErrorCode, HTTP_STATUS_OF } from './error-code.js';
import { Translator } from '../i18n/translator.js';
import { RequestContext } from '../context/request-context.js';

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
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  415: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
};

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

  present(error: unknown, graphqlCode?: string, graphqlMessage?: string): PresentedError {
    const language = this.requestContext.language ?? this.translator.defaultLanguage;
    const correlationId = this.requestContext.correlationId;
    const t = (key: string, params?: Record<string, unknown>) => this.translator.t(language, `errors:${key}`, params);

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
    if (error instanceof HttpException && HTTP_STATUS_CODES[error.getStatus()]) {
      const code = HTTP_STATUS_CODES[error.getStatus()];
      const key = code === ErrorCode.BAD_USER_INPUT ? 'bad_request' : code.toLowerCase();
      return { status: error.getStatus(), message: t(key), extensions: { code, correlationId } };
    }
    this.logger.error({ err: error }, 'Unexpected error');
    return {
      status: 500,
      message: t('internal'),
      extensions: { code: ErrorCode.INTERNAL, correlationId },
    };
  }
}

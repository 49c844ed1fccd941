import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ErrorPresenter, type PresentedError } from './error-presenter.js';

/** The REST error body: `{ error: { code, message, reason?, details?, retryAfterSeconds? }, correlationId }`. */
export function restErrorBody({ message, extensions }: PresentedError) {
  const { correlationId, retryAfterSeconds, ...rest } = extensions;
  return { error: { ...rest, message, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) }, correlationId };
}

/** REST errors in the closed shape with the matching status. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly presenter: ErrorPresenter) {}

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') throw exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const presented = this.presenter.present(exception);
    const { retryAfterSeconds } = presented.extensions;
    if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
    // The route may have declared another type (a PDF, an HTML page); the error is JSON, never cached.
    void reply.removeHeader('content-disposition');
    void reply
      .status(presented.status)
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(restErrorBody(presented));
  }
}

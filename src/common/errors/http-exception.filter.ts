import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ErrorPresenter } from './error-presenter.js';

/** REST errors: `{ error: { code, message, reason?, details? }, correlationId }` with the matching status. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly presenter: ErrorPresenter) {}

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') throw exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, message, extensions } = this.presenter.present(exception);
    const { correlationId, retryAfterSeconds, ...rest } = extensions;
    if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
    void reply.status(status).send({ error: { ...rest, message, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) }, correlationId });
  }
}

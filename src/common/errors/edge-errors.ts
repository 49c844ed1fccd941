import { HttpException } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { CORRELATION_HEADER } from '../context/correlation-id.js';
import { lngParameter } from '../context/lng-parameter.js';
import type { Translator } from '../i18n/translator.js';
import type { ErrorPresenter } from './error-presenter.js';
import { restErrorBody } from './http-exception.filter.js';

export interface EdgePresenter {
  presenter: ErrorPresenter;
  translator: Translator;
}

/**
 * Errors raised before a request reaches the application: by Fastify's router (a malformed URL, an
 * over-long path parameter) and by Node's HTTP parser (headers or request line over the size limit,
 * malformed requests). They get the project's error shape and the caller's language too. The
 * presenter exists only once the application is built, hence the getter.
 */
export function edgeErrorHandlers(edge: () => EdgePresenter | undefined) {
  const present = (error: unknown, acceptLanguage: string | string[] | undefined, correlationId: string, url?: string) => {
    const current = edge();
    if (!current) return undefined;
    const language = current.translator.resolve({ explicit: lngParameter(url), acceptLanguage });
    return current.presenter.present(error, undefined, undefined, { language, correlationId });
  };

  return {
    /** Fastify's `frameworkErrors`: the router refused the request. */
    frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
      const presented = present(error, request.headers['accept-language'], request.id, request.url);
      if (!presented) {
        void reply.send(error);
        return;
      }
      void reply
        .status(presented.status)
        .header(CORRELATION_HEADER, request.id)
        .header('content-type', 'application/json; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(restErrorBody(presented));
    },

    /** Fastify's `clientErrorHandler`: Node's HTTP parser refused the bytes; there is no request. */
    clientErrorHandler(error: Error & { code?: string; rawPacket?: unknown }, socket: Duplex): void {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      // The headers could not be parsed as a whole, but the language is usually readable.
      const acceptLanguage = /\r\naccept-language:[ \t]*([^\r\n]{0,200})/i.exec(
        Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '',
      )?.[1];
      const correlationId = randomUUID();
      const presented = present(new HttpException(STATUS_CODES[status] ?? 'Client error', status), acceptLanguage, correlationId);
      const body = JSON.stringify(
        presented ? restErrorBody(presented) : { error: { code: 'BAD_USER_INPUT', message: STATUS_CODES[status] }, correlationId },
      );
      if (socket.writable) {
        socket.write(
          `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            `${CORRELATION_HEADER}: ${correlationId}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy(error);
    },
  };
}

import type { FastifyInstance } from 'fastify';
import { DomainException } from './domain.exception.js';
import { findMalformedText } from './hostile-input.js';

/**
 * Refuses, for every REST route, path parameters, query parameters and parsed bodies (JSON, forms)
 * with NUL or lone surrogates before a handler sees them: BAD_USER_INPUT with the fields named.
 * GraphQL (`graphqlPath`) checks its arguments against the schema instead, in its own error shape.
 */
export function registerRequestInputGuard(fastify: FastifyInstance, graphqlPath: string): void {
  fastify.addHook('preHandler', async (request) => {
    if (request.routeOptions.url === graphqlPath) return;
    const fields = [
      ...findMalformedText(request.params ?? {}),
      ...findMalformedText(request.query ?? {}),
      ...(Buffer.isBuffer(request.body) ? [] : findMalformedText(request.body ?? {})),
    ];
    if (fields.length > 0) throw DomainException.invalidInput(fields);
  });
}

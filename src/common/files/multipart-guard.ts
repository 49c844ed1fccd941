import '@fastify/multipart';
import type { Multipart } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainException } from '../errors/domain.exception.js';
import { ErrorCode } from '../errors/error-code.js';
import { isMalformedText, malformedTextError } from '../errors/hostile-input.js';

/** A multipart body that cannot be parsed: no boundary, truncated, malformed part headers. */
export function malformedMultipart(): DomainException {
  return new DomainException(ErrorCode.BAD_USER_INPUT, 'malformed_request', { reason: 'MALFORMED_MULTIPART' });
}

/**
 * The parser (busboy) reports a malformed body with plain, uncoded errors; @fastify/multipart's own
 * errors carry an `FST_…` code (limits, premature close) that handlers map themselves. Everything
 * the parser throws comes from the caller's bytes.
 */
function asCallerError(error: unknown): unknown {
  if (error instanceof DomainException) return error;
  if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') return error;
  return malformedMultipart();
}

function guardPart(part: Multipart): Multipart {
  if (isMalformedText(part.fieldname)) throw DomainException.invalidInput([malformedTextError(part.fieldname)]);
  if (part.type === 'field') {
    if (typeof part.value === 'string' && isMalformedText(part.value))
      throw DomainException.invalidInput([malformedTextError(part.fieldname)]);
    return part;
  }
  const toBuffer = part.toBuffer.bind(part);
  part.toBuffer = () => toBuffer().catch((error: unknown) => Promise.reject(asCallerError(error)));
  return part;
}

async function* guarded(parts: AsyncIterableIterator<Multipart>): AsyncGenerator<Multipart, void, undefined> {
  const iterator = parts[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Multipart>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw asCallerError(error);
      }
      if (next.done) return;
      yield guardPart(next.value);
    }
  } finally {
    // The handler stopped early (a limit, a refusal): let the parser clean up.
    await iterator.return?.();
  }
}

/**
 * Every multipart handler reads through `request.parts()`; here it is wrapped once for all of them:
 * a malformed or truncated body is BAD_USER_INPUT (not INTERNAL), and text fields with NUL or lone
 * surrogates are refused. File names pass unchanged (a signed manifest may name them); they are
 * cleaned where they are kept (`uploadFileName`).
 */
export function registerMultipartGuard(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', async (request: FastifyRequest) => {
    if (typeof request.isMultipart !== 'function' || !request.isMultipart()) return;
    const parts = request.parts.bind(request);
    request.parts = (options) => guarded(parts(options));
  });
}

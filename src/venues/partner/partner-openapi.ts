import type { OpenAPIObject } from '@nestjs/swagger';

type PathItem = OpenAPIObject['paths'][string];

const STATUS_LIST_PATH = '/api/partner/v1/status-lists/1';

/** OpenAPI 3.0 `nullable: true` → OpenAPI 3.1 (JSON Schema 2020-12) `type: [<type>, 'null']`. */
function toJsonSchema2020(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema2020);
  if (!value || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, item]) => [key, toJsonSchema2020(item)]));
  if (nullable === true && typeof converted.type === 'string') converted.type = [converted.type, 'null'];
  return converted;
}

const jwks = {
  type: 'object',
  required: ['keys'],
  properties: { keys: { type: 'array', items: { type: 'object', required: ['kty', 'kid'], additionalProperties: true } } },
};

/**
 * The partner API description as OpenAPI 3.1, with the public endpoints an offline verifier needs
 * (served by the cards domain): issuer metadata, JWKS, the IETF Token Status List and the older list.
 */
export function partnerOpenApi31(document: OpenAPIObject): OpenAPIObject {
  const converted = toJsonSchema2020(document) as OpenAPIObject;
  const publicGet = (summary: string, description: string, content: Record<string, unknown>, headers?: Record<string, unknown>) =>
    ({
      get: {
        tags: ['offline verification'],
        summary,
        description,
        security: [],
        responses: {
          '200': { description: 'OK', content, ...(headers ? { headers } : {}) },
          ...(headers ? { '304': { description: 'Not modified (If-None-Match matched the ETag).' } } : {}),
        },
      },
    }) as PathItem;
  const caching = {
    'Cache-Control': { schema: { type: 'string' }, description: 'public, max-age=<seconds>: refresh after that.' },
    ETag: { schema: { type: 'string' }, description: 'Send it back as If-None-Match.' },
    Expires: { schema: { type: 'string' }, description: 'When the list’s `exp` passes.' },
  };
  return {
    ...converted,
    openapi: '3.1.0',
    paths: {
      ...converted.paths,
      '/.well-known/jwt-vc-issuer': publicGet(
        'Issuer metadata (SD-JWT VC): issuer, JWKS and the status list URI',
        'Fetch once and cache (Cache-Control); see docs/card-verifier.md.',
        {
          'application/json': {
            schema: {
              type: 'object',
              required: ['issuer', 'jwks', 'status_list_uri'],
              properties: { issuer: { type: 'string', format: 'uri' }, jwks, status_list_uri: { type: 'string', format: 'uri' } },
            },
          },
        },
      ),
      '/.well-known/jwks.json': publicGet('The card issuer’s public keys (ES256 for SD-JWT VC, EdDSA for older cards)', 'A JWK Set.', {
        'application/json': { schema: jwks },
      }),
      [STATUS_LIST_PATH]: publicGet(
        'IETF Token Status List (statuslist+jwt, ES256, ZLIB, 2 bits: 0 valid, 1 invalid, 2 suspended)',
        'Every SD-JWT VC card points into it with `status.status_list` {idx, uri}. Conditional GET with If-None-Match.',
        { 'application/statuslist+jwt': { schema: { type: 'string' } } },
        caching,
      ),
      '/api/partner/v1/status-list': publicGet(
        'The older status list (bo-status-list+jwt, EdDSA) for BOP1/BOS1 cards not renewed yet',
        'Retired once every card carries the SD-JWT VC.',
        { 'application/statuslist+jwt': { schema: { type: 'string' } } },
      ),
    },
  };
}

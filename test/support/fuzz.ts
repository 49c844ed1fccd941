import fc from 'fast-check';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql';

/**
 * How hard the fuzz tests push: a few runs per operation in `npm test` (seconds), many in CI with
 * `FUZZ_RUNS=50` (and a fixed `FUZZ_SEED` to replay a failure).
 */
export function fuzzSettings(): { runs: number; seed: number } {
  const runs = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10);
  const seed = Number.parseInt(process.env.FUZZ_SEED ?? '', 10);
  return { runs: Number.isFinite(runs) && runs > 0 ? runs : 1, seed: Number.isFinite(seed) ? seed : 20261206 };
}

/** Strings nobody should send: control characters, broken UTF-16, bidi tricks, injections, sizes. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'abc\u0000def',
  '\ud800',
  'x\udc00y',
  '\u202egnp.exe',
  '\u2066\u2067\u2068\u2069',
  '\ufeff\u200b\u200d',
  "' OR '1'='1",
  "'; DROP TABLE accounts; --",
  '%00%27%22',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '${jndi:ldap://x}',
  '../../../etc/passwd',
  'null',
  'undefined',
  '__proto__',
  'NaN',
  '-1',
  '9'.repeat(400),
  '1e309',
  '2024-13-45',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  'not@an@email',
  'a@b',
  '@example.org',
  'Ä'.repeat(300),
  '🥨'.repeat(300),
  'ﷺ'.repeat(1000),
  'x'.repeat(100_000),
];

const MALFORMED_IDS = [
  '',
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000',
  'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
  ' 00000000-0000-0000-0000-000000000000',
  '1',
  '-1',
  '\u0000',
];

const HOSTILE_DATES = [
  '2024-02-30T00:00:00Z',
  'yesterday',
  '',
  '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2024-01-01',
  '2024-01-01T25:61:61Z',
];

const INT_EDGES = [0, -1, 1, -2147483648, 2147483647, 2147483648, -2147483649, 1e15];
const FLOAT_EDGES = [0, -0.5, 1e308, -1e308, 5e-324, 1.5];

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );

/**
 * Values of a GraphQL input type that are well-typed (the request passes GraphQL validation) but
 * hostile in content; `knownIds` are real ids to reach deeper than NOT_FOUND now and then.
 */
export function hostileValue(type: GraphQLInputType, knownIds: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, knownIds, depth, false);
  return valueOf(type, knownIds, depth, true);
}

function valueOf(type: GraphQLInputType, knownIds: string[], depth: number, allowNull: boolean): fc.Arbitrary<unknown> {
  const nullable = (arbitrary: fc.Arbitrary<unknown>) =>
    allowNull ? fc.oneof({ weight: 5, arbitrary }, { weight: 1, arbitrary: fc.constant(null) }) : arbitrary;
  if (isListType(type)) {
    const item = hostileValue(type.ofType, knownIds, depth + 1);
    return nullable(fc.oneof(fc.constant([]), fc.array(item, { minLength: 1, maxLength: 3 })));
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 4 && allowNull) return fc.constant(null);
    const model = Object.fromEntries(fields.map((field) => [field.name, hostileValue(field.type, knownIds, depth + 1)]));
    const requiredKeys = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    return nullable(fc.record(model, { requiredKeys }));
  }
  if (isEnumType(type)) return nullable(fc.constantFrom(...type.getValues().map((value) => value.value as string)));
  const named = getNamedType(type);
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return nullable(
          fc.oneof(
            fc.constantFrom(...MALFORMED_IDS),
            fc.uuid(),
            ...(knownIds.length ? [fc.constantFrom(...knownIds)] : []),
            hostileString(),
          ),
        );
      case 'Int':
        return nullable(fc.oneof(fc.constantFrom(...INT_EDGES.filter((n) => n >= -2147483648 && n <= 2147483647)), fc.integer()));
      case 'Float':
        return nullable(fc.oneof(fc.constantFrom(...FLOAT_EDGES), fc.double({ noNaN: true, noDefaultInfinity: true })));
      case 'Boolean':
        return nullable(fc.boolean());
      case 'DateTime':
        return nullable(
          fc.oneof(
            fc.constantFrom(...HOSTILE_DATES),
            fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
            hostileString(),
          ),
        );
      default:
        return nullable(hostileString());
    }
  }
  return fc.constant(null);
}

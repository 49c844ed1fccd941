import { buildSchema, graphql } from 'graphql';
import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { findMalformedText } from '../common/errors/hostile-input.js';
import { guardArguments } from './argument-guard.js';

const schema = guardArguments(
  buildSchema(`
    input Entry { id: ID!, note: String, tags: [String!] }
    type Thing { id: ID!, child(name: String!): String }
    type Query { thing(id: ID!): Thing, things(entries: [Entry!]!, first: Int): Int, echo(text: String): String }
  `),
);
const rootValue = {
  thing: ({ id }: { id: string }) => ({ id, child: ({ name }: { name: string }) => name }),
  things: ({ entries }: { entries: unknown[] }) => entries.length,
  echo: ({ text }: { text: string }) => text,
};
const run = (source: string, variableValues: Record<string, unknown> = {}) => graphql({ schema, source, rootValue, variableValues });
const thrown = (result: Awaited<ReturnType<typeof run>>) => result.errors?.[0].originalError as DomainException | undefined;

describe('guardArguments', () => {
  const uuid = '4a1e3c55-9a43-4b8e-bb3c-5b0a4c2d8f11';

  it('passes well-formed arguments to the resolver', async () => {
    expect((await run('query($id: ID!) { thing(id: $id) { id child(name: "Grüße 🥨") } }', { id: uuid })).data).toEqual({
      thing: { id: uuid, child: 'Grüße 🥨' },
    });
    expect((await run('query($e: [Entry!]!) { things(entries: $e) }', { e: [{ id: uuid, tags: ['a'] }] })).data).toEqual({ things: 1 });
  });

  it('hands the resolver the nil UUID for a top-level ID that is no UUID, so it answers as for an unknown id', async () => {
    const nil = '00000000-0000-0000-0000-000000000000';
    for (const id of ['not-a-uuid', '', '42', `${uuid} `]) {
      expect((await run('query($id: ID!) { thing(id: $id) { id } }', { id })).data).toEqual({ thing: { id: nil } });
    }
    expect((await run('{ thing(id: 42) { id } }')).data).toEqual({ thing: { id: nil } });
  });

  it('names malformed IDs and text inside input objects and lists, at any depth', async () => {
    const error = thrown(
      await run('query($e: [Entry!]!) { things(entries: $e) }', {
        e: [{ id: uuid }, { id: 'x', note: 'a\u0000', tags: ['ok', '\ud800'] }],
      }),
    );
    expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, messageKey: 'validation_failed' });
    expect(error?.options.fields?.map(({ field, constraint }) => `${field}:${constraint}`)).toEqual([
      'entries.1.id:isUuid',
      'entries.1.note:wellFormedText',
      'entries.1.tags.1:wellFormedText',
    ]);
  });

  it('guards nested fields with arguments too', async () => {
    const error = thrown(
      await run('query($id: ID!, $name: String!) { thing(id: $id) { child(name: $name) } }', { id: uuid, name: 'x\udc00' }),
    );
    expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  });
});

describe('findMalformedText', () => {
  it('finds NUL and lone surrogates in values and keys, but not in well-formed text', () => {
    expect(
      findMalformedText({ a: 'fine ✓ 🥨', b: ['x', 'y\u0000'], c: { d: '\ud83d' }, 'e\u0000': 'v' }).map((error) => error.field),
    ).toEqual(['b.1', 'c.d', 'e\uFFFD']);
    expect(findMalformedText({ ok: 'text', n: 1, nothing: null, buffer: Buffer.from([0]) })).toEqual([]);
  });
});

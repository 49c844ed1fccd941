import { jest } from '@jest/globals';
import pg from 'pg';
import { dataSourceOptions } from './data-source-options.js';
import { MAX_PREPARED_PER_CONNECTION, PreparingClient, RUNS_BEFORE_PREPARING } from './preparing-client.js';

describe('PreparingClient', () => {
  const runs = (client: PreparingClient, text: string, times: number) => Array.from({ length: times }, () => client.statementName(text));

  it(`runs a statement unnamed ${RUNS_BEFORE_PREPARING} times, then prepares it under one name for good`, () => {
    const client = new PreparingClient();
    const names = runs(client, 'SELECT * FROM accounts WHERE id = $1', RUNS_BEFORE_PREPARING + 3);
    expect(names.slice(0, RUNS_BEFORE_PREPARING)).toEqual(Array(RUNS_BEFORE_PREPARING).fill(undefined));
    expect(new Set(names.slice(RUNS_BEFORE_PREPARING))).toEqual(new Set(['bo_1']));
  });

  it('gives every prepared text a name of its own, per connection', () => {
    const client = new PreparingClient();
    const first = runs(client, 'SELECT $1::int', RUNS_BEFORE_PREPARING + 1).at(-1);
    const second = runs(client, 'SELECT $1::text', RUNS_BEFORE_PREPARING + 1).at(-1);
    expect([first, second]).toEqual(['bo_1', 'bo_2']);
    expect(runs(new PreparingClient(), 'SELECT $1::text', RUNS_BEFORE_PREPARING + 1).at(-1)).toBe('bo_1');
  });

  it(`prepares at most ${MAX_PREPARED_PER_CONNECTION} statements on a connection and runs the others unnamed`, () => {
    const client = new PreparingClient();
    for (let index = 0; index < MAX_PREPARED_PER_CONNECTION; index++) runs(client, `SELECT $1::int + ${index}`, RUNS_BEFORE_PREPARING + 1);
    expect(runs(client, 'SELECT $1::int + 0', 1)).toEqual(['bo_1']);
    expect(runs(client, 'SELECT $1::int - 1', RUNS_BEFORE_PREPARING + 5)).toEqual(Array(RUNS_BEFORE_PREPARING + 5).fill(undefined));
  });

  it('names only statements with parameters, and passes every call on to pg', async () => {
    const client = new PreparingClient();
    const sent: unknown[][] = [];
    const query = jest.spyOn(pg.Client.prototype, 'query').mockImplementation(((...args: unknown[]) => {
      sent.push(args);
      return Promise.resolve({ rows: [] });
    }) as never);
    try {
      for (let run = 0; run <= RUNS_BEFORE_PREPARING; run++) await client.query('SELECT $1::int', [run]);
      await client.query('BEGIN');
      await client.query('SELECT 1', []);
    } finally {
      query.mockRestore();
    }
    expect(sent.slice(0, RUNS_BEFORE_PREPARING)).toEqual(
      Array.from({ length: RUNS_BEFORE_PREPARING }, (_, run) => ['SELECT $1::int', [run]]),
    );
    expect(sent[RUNS_BEFORE_PREPARING]).toEqual([{ text: 'SELECT $1::int', values: [RUNS_BEFORE_PREPARING], name: 'bo_1' }]);
    expect(sent.slice(RUNS_BEFORE_PREPARING + 1)).toEqual([['BEGIN'], ['SELECT 1', []]]);
  });
});

describe('dataSourceOptions', () => {
  it('gives the pool the preparing connections only when asked (the application, DB_PREPARED_STATEMENTS)', () => {
    const clientOf = (prepared?: boolean) =>
      (dataSourceOptions('postgres://localhost/x', 2, [], undefined, prepared) as { extra: { Client?: unknown } }).extra.Client;
    expect(clientOf(true)).toBe(PreparingClient);
    expect(clientOf(false)).toBeUndefined();
    expect(clientOf()).toBeUndefined();
  });
});

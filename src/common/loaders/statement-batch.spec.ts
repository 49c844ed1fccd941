import type { EntityManager } from 'typeorm';
import { dateOf, StatementBatch } from './statement-batch.js';

/** A manager that records the statements and answers each `rN` column with the rows given for read N. */
function recordingManager(answers: unknown[][]) {
  const statements: { sql: string; parameters: unknown[] }[] = [];
  const manager = {
    query: async (sql: string, parameters: unknown[]) => {
      statements.push({ sql, parameters });
      return [Object.fromEntries(answers.map((rows, index) => [`r${index}`, rows]))];
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

describe('StatementBatch', () => {
  it('sends the reads queued in one turn as one statement, parameters renumbered, and gives each its own rows', async () => {
    const { manager, statements } = recordingManager([[{ id: 'a' }], [{ n: 1 }, { n: 2 }]]);
    const batch = new StatementBatch(manager);
    const [first, second] = await Promise.all([
      batch.rows<{ id: string }>('SELECT id FROM accounts WHERE id = ANY($1::uuid[])', [['a']]),
      batch.rows<{ n: number }>('SELECT n FROM numbers WHERE n > $1 AND m < $2 AND n <> $1', [0, 9]),
    ]);
    expect(first).toEqual([{ id: 'a' }]);
    expect(second).toEqual([{ n: 1 }, { n: 2 }]);
    expect(statements).toHaveLength(1);
    expect(statements[0].sql).toBe(
      "SELECT (SELECT coalesce(json_agg(q), '[]'::json) FROM (SELECT id FROM accounts WHERE id = ANY($1::uuid[])) q) AS r0, " +
        "(SELECT coalesce(json_agg(q), '[]'::json) FROM (SELECT n FROM numbers WHERE n > $2 AND m < $3 AND n <> $2) q) AS r1",
    );
    expect(statements[0].parameters).toEqual([['a'], 0, 9]);
  });

  it('sends reads queued after a flush as a statement of their own', async () => {
    const { manager, statements } = recordingManager([[]]);
    const batch = new StatementBatch(manager);
    await batch.rows('SELECT 1');
    await batch.query('SELECT 2');
    expect(statements.map((statement) => statement.sql)).toHaveLength(2);
  });

  it('fails every read of the statement when it fails', async () => {
    const manager = { query: async () => Promise.reject(new Error('boom')) } as unknown as EntityManager;
    const batch = new StatementBatch(manager);
    const reads = [batch.rows('SELECT 1'), batch.rows('SELECT 2')];
    for (const read of reads) await expect(read).rejects.toThrow('boom');
  });

  it('reads timestamps of the JSON rows as dates', () => {
    expect(dateOf('2026-12-07T04:06:06.123+00:00')).toEqual(new Date('2026-12-07T04:06:06.123Z'));
    expect(dateOf(null)).toBeNull();
  });
});

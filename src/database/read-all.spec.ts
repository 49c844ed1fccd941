import type { EntityManager } from 'typeorm';
import { readAll } from './read-all.js';

/** Reads that record how many of them ran at once. */
function trackedReads() {
  let running = 0;
  let most = 0;
  const read = (value: string) => async () => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
    return value;
  };
  return { read, most: () => most };
}

describe('readAll', () => {
  it("runs the reads one after another on a transaction's manager, in order", async () => {
    const tracked = trackedReads();
    const transaction = { queryRunner: {} } as EntityManager;
    const [a, b, c] = await readAll(transaction, [tracked.read('a'), tracked.read('b'), tracked.read('c')]);
    expect([a, b, c]).toEqual(['a', 'b', 'c']);
    expect(tracked.most()).toBe(1);
  });

  it("runs them side by side on the pool's manager", async () => {
    const tracked = trackedReads();
    const pool = { queryRunner: undefined } as EntityManager;
    expect(await readAll(pool, [tracked.read('a'), tracked.read('b')])).toEqual(['a', 'b']);
    expect(tracked.most()).toBe(2);
  });
});

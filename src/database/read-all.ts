import type { EntityManager } from 'typeorm';

type Reads<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Independent reads through `manager`: side by side on the pool's manager (each read borrows a
 * connection of its own), one after another on a transaction's manager. A transaction holds one pg
 * client, which runs one query at a time anyway; handing it a second while the first runs only
 * queues it, and pg deprecates that (pg 9 refuses it; the e2e setup fails on it).
 */
export async function readAll<T extends readonly unknown[]>(manager: EntityManager, reads: Reads<T>): Promise<T> {
  const steps = reads as readonly (() => Promise<unknown>)[];
  if (!manager.queryRunner) return (await Promise.all(steps.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of steps) results.push(await read());
  return results as unknown as T;
}

import type { EntityManager } from 'typeorm';
import { brokenUniqueConstraint, idempotent } from './idempotent.js';

const uniqueViolation = (constraint: string) => Object.assign(new Error('duplicate key'), { code: '23505', constraint });

/** A manager in a transaction whose savepoints just run the work (the rollback is PostgreSQL's business). */
function managerInTransaction(): EntityManager {
  const manager = {
    queryRunner: { isTransactionActive: true },
    transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager),
  } as unknown as EntityManager;
  return manager;
}

describe('idempotent', () => {
  const base = {
    keyConstraints: ['UQ_key'],
    sameRequest: (row: { input: string }) => row.input === 'a',
    conflict: () => new Error('CONFLICT'),
  };

  it('returns what is stored under the key, or refuses the key with other input', async () => {
    const manager = managerInTransaction();
    let created = 0;
    const create = async () => {
      created += 1;
      return { input: 'a' };
    };
    await expect(idempotent(manager, { ...base, find: async () => ({ input: 'a' }), create })).resolves.toEqual({ input: 'a' });
    await expect(idempotent(manager, { ...base, find: async () => ({ input: 'b' }), create })).rejects.toThrow('CONFLICT');
    expect(created).toBe(0);
  });

  it("lets the unique constraint decide a race: the loser answers with the winner's row", async () => {
    const manager = managerInTransaction();
    let stored: { input: string } | null = null;
    const result = await idempotent(manager, {
      ...base,
      find: async () => stored,
      create: async () => {
        stored = { input: 'a' }; // the concurrent winner committed meanwhile
        throw uniqueViolation('UQ_key');
      },
    });
    expect(result).toEqual({ input: 'a' });
  });

  it("answers another constraint's violation with its own answer, and rethrows anything else", async () => {
    const manager = managerInTransaction();
    const open = { input: 'open' };
    await expect(
      idempotent(manager, {
        ...base,
        find: async () => null,
        create: async () => Promise.reject(uniqueViolation('UQ_open')),
        onConflict: { UQ_open: async () => open },
      }),
    ).resolves.toBe(open);
    await expect(
      idempotent(manager, { ...base, find: async () => null, create: async () => Promise.reject(uniqueViolation('UQ_other')) }),
    ).rejects.toThrow('duplicate key');
  });

  it("runs only inside the caller's transaction", async () => {
    const outside = { queryRunner: undefined } as unknown as EntityManager;
    await expect(idempotent(outside, { ...base, find: async () => null, create: async () => ({ input: 'a' }) })).rejects.toThrow(
      /inside the caller's transaction/,
    );
  });

  it('reads the constraint from a driver error, as TypeORM wraps it', () => {
    expect(brokenUniqueConstraint({ driverError: { code: '23505', constraint: 'UQ_x' } })).toBe('UQ_x');
    expect(brokenUniqueConstraint({ code: '23503', constraint: 'FK_x' })).toBeUndefined();
  });
});

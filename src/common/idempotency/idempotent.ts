import type { EntityManager } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

/** The unique constraint a failed insert broke, or undefined when the error is something else. */
export function brokenUniqueConstraint(error: unknown): string | undefined {
  const failure = error as { code?: unknown; constraint?: unknown; driverError?: { code?: unknown; constraint?: unknown } } | null;
  const code = failure?.driverError?.code ?? failure?.code;
  if (code !== UNIQUE_VIOLATION) return undefined;
  const constraint = failure?.driverError?.constraint ?? failure?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

/**
 * A mutation that takes an idempotency key, stored in the domain's own table whose unique
 * constraint on (owner, key) makes every key single-use.
 */
export interface IdempotentOperation<T> {
  /** The unique constraints that carry the key (e.g. `UQ_card_requests_idempotency`; also a primary key derived from it). */
  keyConstraints: readonly string[];
  /** The result stored under the key, read in the caller's transaction. */
  find(manager: EntityManager): Promise<T | null>;
  /** Whether an earlier result answers this request (the same key with the same input); otherwise `conflict()` is thrown. */
  sameRequest(earlier: T): boolean;
  conflict(): Error;
  /** Does the work in the caller's transaction (behind a savepoint) and inserts the row that carries the key. */
  create(manager: EntityManager): Promise<T>;
  /**
   * Other unique constraints a concurrent request can break (e.g. "one open payment per subject"),
   * with the answer to give then, when nothing is stored under the key.
   */
  onConflict?: Readonly<Record<string, (manager: EntityManager) => Promise<T>>>;
}

/**
 * Runs `insert` behind a savepoint; when it breaks one of `constraints`, the savepoint is rolled back
 * and `existing` answers with the row that won. The unique constraint decides, not an earlier read:
 * a concurrent insert of the same key waits on the index until the first transaction ends (bounded by
 * `lock_timeout`), then fails and reads the committed winner, on the same connection.
 */
export async function insertOrExisting<T>(
  manager: EntityManager,
  constraints: readonly string[],
  insert: (savepoint: EntityManager) => Promise<T>,
  existing: (manager: EntityManager, constraint: string) => Promise<T>,
): Promise<T> {
  requireTransaction(manager);
  try {
    return await manager.transaction((savepoint) => insert(savepoint));
  } catch (error) {
    const constraint = brokenUniqueConstraint(error);
    if (!constraint || !constraints.includes(constraint)) throw error;
    return existing(manager, constraint);
  }
}

/**
 * Insert-or-return-existing for an idempotency key, in the caller's transaction (never on a second
 * connection): a key seen before returns its stored result (or `conflict()` for other input), a new
 * key runs `create`, and of two concurrent requests with one key the unique constraint lets exactly
 * one through; the other returns the winner's result.
 */
export async function idempotent<T>(manager: EntityManager, operation: IdempotentOperation<T>): Promise<T> {
  const replay = (earlier: T): T => {
    if (!operation.sameRequest(earlier)) throw operation.conflict();
    return earlier;
  };
  // Only a shortcut for retries; the decision is the constraint's.
  const earlier = await operation.find(manager);
  if (earlier) return replay(earlier);
  const others = operation.onConflict ?? {};
  return insertOrExisting(manager, [...operation.keyConstraints, ...Object.keys(others)], operation.create, async (current, constraint) => {
    const winner = await operation.find(current);
    if (winner) return replay(winner);
    const answer = others[constraint];
    if (!answer) throw new Error(`unique constraint ${constraint} broken, but nothing is stored under the idempotency key`);
    return answer(current);
  });
}

function requireTransaction(manager: EntityManager): void {
  if (!manager.queryRunner?.isTransactionActive) throw new Error("idempotent operations run inside the caller's transaction");
}

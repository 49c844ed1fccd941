import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

interface Deferred {
  /** The transaction depth at which it was deferred: a rollback to a savepoint above it drops it. */
  depth: number;
  run: () => void;
}

/**
 * Runs callbacks after the outermost transaction of an EntityManager commits, and forgets them on
 * rollback (also of the savepoint they were deferred in). Registered once as a TypeORM subscriber.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Deferred[]>();

  register(dataSource: DataSource): void {
    if (!dataSource.subscribers.includes(this)) dataSource.subscribers.push(this);
  }

  /** Runs `run` now when the manager is not inside a transaction. */
  defer(manager: EntityManager, run: () => void): void {
    const runner = manager.queryRunner;
    if (!runner || !runner.isTransactionActive) {
      run();
      return;
    }
    const depth = (runner as unknown as { transactionDepth?: number }).transactionDepth ?? 1;
    const list = this.pending.get(runner) ?? [];
    list.push({ depth, run });
    this.pending.set(runner, list);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    const list = this.pending.get(runner);
    if (runner.isTransactionActive) {
      // A savepoint was released: what it deferred now belongs to the enclosing level, which decides.
      const depth = (runner as unknown as { transactionDepth?: number }).transactionDepth ?? 1;
      for (const deferred of list ?? []) deferred.depth = Math.min(deferred.depth, depth);
      return;
    }
    this.pending.delete(runner);
    for (const deferred of list ?? []) deferred.run();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const runner = event.queryRunner;
    const list = this.pending.get(runner);
    if (!list) return;
    const depth = (runner as unknown as { transactionDepth?: number }).transactionDepth ?? 0;
    const kept = runner.isTransactionActive ? list.filter((deferred) => deferred.depth <= depth) : [];
    if (kept.length > 0) this.pending.set(runner, kept);
    else this.pending.delete(runner);
  }
}

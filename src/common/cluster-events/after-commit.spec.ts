import type { EntityManager, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { AfterCommit } from './after-commit.js';
import { ClusterEventError, decodeEnvelope, encodeEnvelope } from './cluster-events.js';

/** A query runner as TypeORM's PostgreSQL one moves through a transaction with savepoints. */
function fakeRunner() {
  const runner = { isTransactionActive: false, transactionDepth: 0 };
  const afterCommit = new AfterCommit();
  const event = { queryRunner: runner as unknown as QueryRunner };
  return {
    afterCommit,
    manager: { queryRunner: runner } as unknown as EntityManager,
    begin() {
      runner.isTransactionActive = true;
      runner.transactionDepth += 1;
    },
    commit() {
      runner.transactionDepth -= 1;
      runner.isTransactionActive = runner.transactionDepth > 0;
      afterCommit.afterTransactionCommit(event as TransactionCommitEvent);
    },
    rollback() {
      runner.transactionDepth -= 1;
      runner.isTransactionActive = runner.transactionDepth > 0;
      afterCommit.afterTransactionRollback(event as TransactionRollbackEvent);
    },
  };
}

describe('AfterCommit', () => {
  it('runs at once outside a transaction', () => {
    const { afterCommit } = fakeRunner();
    const ran: string[] = [];
    afterCommit.defer({ queryRunner: undefined } as unknown as EntityManager, () => ran.push('now'));
    expect(ran).toEqual(['now']);
  });

  it('runs after the outermost commit, never after a rollback', () => {
    const tx = fakeRunner();
    const ran: string[] = [];
    tx.begin();
    tx.afterCommit.defer(tx.manager, () => ran.push('a'));
    expect(ran).toEqual([]);
    tx.commit();
    expect(ran).toEqual(['a']);
    tx.begin();
    tx.afterCommit.defer(tx.manager, () => ran.push('b'));
    tx.rollback();
    tx.begin();
    tx.commit();
    expect(ran).toEqual(['a']);
  });

  it('drops what a rolled-back savepoint deferred and keeps what a released one did', () => {
    const tx = fakeRunner();
    const ran: string[] = [];
    tx.begin();
    tx.afterCommit.defer(tx.manager, () => ran.push('outer'));
    tx.begin();
    tx.afterCommit.defer(tx.manager, () => ran.push('released'));
    tx.commit();
    tx.begin();
    tx.afterCommit.defer(tx.manager, () => ran.push('rolled back'));
    tx.rollback();
    expect(ran).toEqual([]);
    tx.commit();
    expect(ran).toEqual(['outer', 'released']);
  });
});

describe('cluster event envelopes', () => {
  it('round-trips, and refuses bad channels, non-objects and payloads of 7000 bytes or more', () => {
    expect(decodeEnvelope(encodeEnvelope('cards.status_changed', { a: 1 }))).toEqual({ c: 'cards.status_changed', p: { a: 1 } });
    expect(() => encodeEnvelope('Cards', {})).toThrow(ClusterEventError);
    expect(() => encodeEnvelope('cards-status', {})).toThrow(ClusterEventError);
    expect(() => encodeEnvelope('a', [] as unknown as Record<string, unknown>)).toThrow(ClusterEventError);
    expect(() => encodeEnvelope('a', { text: 'é'.repeat(3500) })).toThrow(ClusterEventError);
    expect(() => encodeEnvelope('a', { text: 'x'.repeat(6900) })).not.toThrow();
    expect(decodeEnvelope('not json')).toBeUndefined();
  });
});

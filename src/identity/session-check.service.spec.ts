import { jest } from '@jest/globals';
import type { DataSource, EntityManager, QueryRunner, TransactionCommitEvent } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import type { ClusterEventPayload, ClusterEvents } from '../common/cluster-events/index.js';
import { SessionCheck, SESSIONS_CHANGED } from './session-check.service.js';

/** A bus between fake processes: published events reach every subscriber, as the real one does. */
function fakeCluster() {
  const listeners = new Map<string, ((payload: ClusterEventPayload) => void)[]>();
  const published: { channel: string; payload: ClusterEventPayload }[] = [];
  const cluster = {
    publish: async (channel: string, payload: ClusterEventPayload) => {
      published.push({ channel, payload });
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    },
    subscribe: (channel: string, listener: (payload: ClusterEventPayload) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return () => undefined;
    },
  } as unknown as ClusterEvents;
  return { cluster, published };
}

const ACCOUNT = '11111111-1111-4111-8111-111111111111';
const SESSION = '22222222-2222-4222-8222-222222222222';
const claims = { sub: ACCOUNT, sid: SESSION };

function setUp(cacheSeconds = 30, bus = fakeCluster()) {
  let roles = ['staff_citizens_office'];
  let hold = false;
  let release: () => void = () => undefined;
  const query = jest.fn(async () => {
    const snapshot = [...roles];
    if (hold) {
      hold = false;
      await new Promise<void>((resolve) => (release = resolve));
    }
    return [{ roles: snapshot, assurance_level: 'low', preferred_language: 'en' }];
  });
  const dataSource = { subscribers: [] as unknown[], query } as unknown as DataSource;
  const check = new SessionCheck({ auth: { sessionCheckCacheSeconds: cacheSeconds } } as AppConfig, dataSource, bus.cluster);
  return {
    check,
    published: bus.published,
    query,
    dataSource,
    setRoles: (next: string[]) => (roles = next),
    /** The next query waits until `resume()` is called. */
    holdNextQuery: () => (hold = true),
    resume: () => release(),
  };
}

describe('SessionCheck', () => {
  it('registers itself for transaction events and caches per token', async () => {
    const { check, query, dataSource } = setUp();
    expect(dataSource.subscribers).toContain(check);
    expect((await check.actorOf(claims, 'token-a'))?.roles).toEqual(['staff_citizens_office']);
    await check.actorOf(claims, 'token-a');
    expect(query).toHaveBeenCalledTimes(1);
    // Another token of the same session is looked up on its own.
    await check.actorOf(claims, 'token-b');
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('looks up again once the account or the session is forgotten', async () => {
    const { check, query, setRoles } = setUp();
    await check.actorOf(claims, 'token');
    setRoles([]);
    check.forgetAccount(ACCOUNT);
    expect((await check.actorOf(claims, 'token'))?.roles).toEqual([]);
    check.forgetSession(SESSION);
    await check.actorOf(claims, 'token');
    expect(query).toHaveBeenCalledTimes(3);
  });

  it('does not cache a look-up that raced an invalidation', async () => {
    const { check, query, setRoles, holdNextQuery, resume } = setUp();
    holdNextQuery();
    const pending = check.actorOf(claims, 'token');
    await new Promise((resolve) => setImmediate(resolve));
    setRoles([]);
    check.forgetAccount(ACCOUNT);
    resume();
    expect((await pending)?.roles).toEqual(['staff_citizens_office']);
    expect((await check.actorOf(claims, 'token'))?.roles).toEqual([]);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('forgets again when the changing transaction ends', async () => {
    const { check, query } = setUp();
    const runner = { isTransactionActive: true, data: {} } as unknown as QueryRunner;
    check.forgetAccount(ACCOUNT, { queryRunner: runner } as unknown as EntityManager);
    // Cached after the first forgetting, from the state before the commit ...
    await check.actorOf(claims, 'token');
    await check.actorOf(claims, 'token');
    expect(query).toHaveBeenCalledTimes(1);
    // ... and forgotten once the transaction has committed.
    (runner as { isTransactionActive: boolean }).isTransactionActive = false;
    check.afterTransactionCommit({ queryRunner: runner } as unknown as TransactionCommitEvent);
    await check.actorOf(claims, 'token');
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('tells the other processes after the commit, and forgets what another process announces', async () => {
    const bus = fakeCluster();
    const here = setUp(30, bus);
    const elsewhere = setUp(30, bus);
    await elsewhere.check.actorOf(claims, 'token');
    const runner = { isTransactionActive: true, data: {} } as unknown as QueryRunner;
    here.check.forgetSession(SESSION, { queryRunner: runner } as unknown as EntityManager);
    expect(bus.published).toEqual([]);
    await elsewhere.check.actorOf(claims, 'token');
    expect(elsewhere.query).toHaveBeenCalledTimes(1);
    (runner as { isTransactionActive: boolean }).isTransactionActive = false;
    here.check.afterTransactionCommit({ queryRunner: runner } as unknown as TransactionCommitEvent);
    expect(bus.published).toEqual([{ channel: SESSIONS_CHANGED, payload: { sessionId: SESSION } }]);
    await elsewhere.check.actorOf(claims, 'token');
    expect(elsewhere.query).toHaveBeenCalledTimes(2);
  });

  it('announces nothing when the changing transaction rolls back', () => {
    const { check, published } = setUp();
    const runner = { isTransactionActive: true, data: {} } as unknown as QueryRunner;
    check.forgetAccount(ACCOUNT, { queryRunner: runner } as unknown as EntityManager);
    (runner as { isTransactionActive: boolean }).isTransactionActive = false;
    check.afterTransactionRollback({ queryRunner: runner } as unknown as TransactionCommitEvent);
    check.afterTransactionCommit({ queryRunner: runner } as unknown as TransactionCommitEvent);
    expect(published).toEqual([]);
  });

  it('caches nothing with a lifetime of 0', async () => {
    const { check, query } = setUp(0);
    await check.actorOf(claims, 'token');
    await check.actorOf(claims, 'token');
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('answers null for an ended session', async () => {
    const { check, query } = setUp();
    query.mockResolvedValueOnce([] as never);
    expect(await check.actorOf(claims, 'token')).toBeNull();
  });
});

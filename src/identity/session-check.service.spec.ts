import { jest } from '@jest/globals';
import type { DataSource, EntityManager, QueryRunner, TransactionCommitEvent } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { SessionCheck } from './session-check.service.js';

const ACCOUNT = '11111111-1111-4111-8111-111111111111';
const SESSION = '22222222-2222-4222-8222-222222222222';
const claims = { sub: ACCOUNT, sid: SESSION };

function setUp(cacheSeconds = 30) {
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
  const check = new SessionCheck({ auth: { sessionCheckCacheSeconds: cacheSeconds } } as AppConfig, dataSource);
  return {
    check,
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

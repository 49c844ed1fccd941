import { jest } from '@jest/globals';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { EXTRA_SHARE_DIVISOR, LeasedRateLimiter, MAX_EXTRA_POINTS, type LeaseStore } from './leased-rate-limiter.js';

/** The shared counter as `leaseSql` keeps it, in memory, answering after a tick like a database would; counts its leases. */
class SharedCounter implements LeaseStore {
  rows = new Map<string, { points: number; expire: number }>();
  leases = 0;

  async lease(key: string, need: number, extra: number, limit: number, durationMs: number, now: number) {
    await new Promise((resolve) => setImmediate(resolve));
    this.leases += 1;
    const row = this.rows.get(key);
    const fresh = !row || row.expire <= now;
    const used = fresh ? 0 : row.points;
    const expire = fresh ? now + durationMs : row.expire;
    const granted = Math.min(
      Math.max(limit - used, 0),
      need + Math.min(extra, Math.floor(Math.max(limit - used - need, 0) / EXTRA_SHARE_DIVISOR)),
    );
    this.rows.set(key, { points: used + granted, expire });
    return { granted, expiresAt: expire };
  }
}

const outcome = (consumed: Promise<unknown>) =>
  consumed.then(
    () => 'ok' as const,
    (error: unknown) => {
      if (error instanceof RateLimiterRes) return 'limited' as const;
      throw error;
    },
  );

describe('LeasedRateLimiter', () => {
  afterEach(() => jest.useRealTimers());

  it('admits exactly the limit when two processes take turns, then refuses on both', async () => {
    const counter = new SharedCounter();
    const processes = [0, 1].map(() => new LeasedRateLimiter(counter, { keyPrefix: 'rule', points: 100, durationSeconds: 60 }));
    const results: string[] = [];
    for (let call = 0; call < 100; call += 1) results.push(await outcome(processes[call % 2].consume('key')));
    expect(results.every((result) => result === 'ok')).toBe(true);
    expect([await outcome(processes[0].consume('key')), await outcome(processes[1].consume('key'))]).toEqual(['limited', 'limited']);
    expect(counter.rows.get('rule:key')?.points).toBe(100);
  });

  it('never admits more than the limit across processes under concurrent bursts, with far fewer leases than requests', async () => {
    const counter = new SharedCounter();
    const processes = [0, 1, 2].map(() => new LeasedRateLimiter(counter, { keyPrefix: 'rule', points: 5000, durationSeconds: 60 }));
    const results = await Promise.all(Array.from({ length: 6000 }, (_, index) => outcome(processes[index % 3].consume('key'))));
    const admitted = results.filter((result) => result === 'ok').length;
    expect(admitted).toBeLessThanOrEqual(5000);
    // The bound: reserve points other processes hold (at most MAX_EXTRA_POINTS each) may go unused.
    expect(admitted).toBeGreaterThanOrEqual(5000 - 2 * MAX_EXTRA_POINTS);
    expect(counter.leases).toBeLessThan(6000 / 10);
  });

  it('answers a refusal with the time until the window ends, and admits again in the next window', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    const counter = new SharedCounter();
    const limiter = new LeasedRateLimiter(counter, { keyPrefix: 'rule', points: 3, durationSeconds: 60 });
    for (let call = 0; call < 3; call += 1) await limiter.consume('key');
    jest.advanceTimersByTime(20_000);
    const refusal = await limiter.consume('key').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimiterRes);
    expect((refusal as RateLimiterRes).msBeforeNext).toBeGreaterThan(39_000);
    expect((refusal as RateLimiterRes).msBeforeNext).toBeLessThanOrEqual(40_000);
    const leases = counter.leases;
    // Refused without asking the database again while the window lasts.
    await expect(outcome(limiter.consume('key'))).resolves.toBe('limited');
    expect(counter.leases).toBe(leases);
    jest.advanceTimersByTime(40_001);
    await expect(outcome(limiter.consume('key'))).resolves.toBe('ok');
  });

  it('keeps the keys apart and fails the waiting requests when the counter cannot be reached', async () => {
    const counter = new SharedCounter();
    const limiter = new LeasedRateLimiter(counter, { keyPrefix: 'rule', points: 1, durationSeconds: 60 });
    await limiter.consume('a');
    await expect(outcome(limiter.consume('b'))).resolves.toBe('ok');
    await expect(outcome(limiter.consume('a'))).resolves.toBe('limited');
    const broken = new LeasedRateLimiter(
      { lease: () => Promise.reject(new Error('database down')) },
      { keyPrefix: 'rule', points: 10, durationSeconds: 60 },
    );
    await expect(broken.consume('a')).rejects.toThrow('database down');
  });
});

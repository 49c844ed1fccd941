import type { AppConfig } from '../config/app-config.js';
import { LocalQueue } from './local-queue.js';

const queueWith = (statementMs: number) => new LocalQueue({ database: { timeouts: { statementMs } } } as AppConfig);
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('LocalQueue', () => {
  it('runs the work of one key one at a time, in order, and other keys alongside', async () => {
    const queue = queueWith(1_000);
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name}:start`);
      await tick();
      log.push(`${name}:end`);
      return name;
    };
    const results = await Promise.all([queue.run('a', job('a1')), queue.run('a', job('a2')), queue.run('b', job('b1'))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a1:end')).toBeLessThan(log.indexOf('a2:start'));
    expect(log.indexOf('b1:start')).toBeLessThan(log.indexOf('a1:end'));
    expect(queue.size).toBe(0);
  });

  it('goes on after a failure, and answers BUSY after waiting too long', async () => {
    const queue = queueWith(30);
    await expect(queue.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    let release!: () => void;
    const slow = queue.run('a', () => new Promise<string>((resolve) => (release = () => resolve('slow'))));
    await expect(queue.run('a', async () => 'late')).rejects.toMatchObject({ code: 'RATE_LIMITED', options: { reason: 'BUSY' } });
    release();
    await expect(slow).resolves.toBe('slow');
    await expect(queue.run('a', async () => 'next')).resolves.toBe('next');
    expect(queue.size).toBe(0);
  });
});

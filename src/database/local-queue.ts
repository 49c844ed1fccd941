import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { busyException } from './database-busy.js';

/**
 * Work on one key (e.g. one resident's card request) one at a time in this process, queued in
 * memory, before it takes a pool connection. The database lock that serialises the same work across
 * processes stays; but the requests of one person that would queue on it no longer each hold a pool
 * connection while they wait: one burst uses at most one connection per key and process, and
 * everyone else's requests keep getting theirs. A wait longer than DB_STATEMENT_TIMEOUT_MS is
 * answered BUSY.
 */
@Injectable()
export class LocalQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly maxWaitMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxWaitMs = config.database.timeouts.statementMs;
  }

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      await this.waitFor(previous);
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with work queued or running (for tests). */
  get size(): number {
    return this.tails.size;
  }

  private async waitFor(previous: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(busyException()), this.maxWaitMs);
    });
    try {
      await Promise.race([previous, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

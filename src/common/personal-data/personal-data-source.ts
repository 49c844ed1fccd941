import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import type { StatementBatch } from '../loaders/statement-batch.js';

/** The retention periods the city set (config `privacy`), handed to every domain's purge. */
export interface RetentionPeriods {
  evidenceDays: number;
  verificationLogDays: number;
  notificationDays: number;
  expiredTokenDays: number;
}

/** What one domain did to one account's data when it was erased. */
export interface ErasureReport {
  /** Rows removed, per table. */
  deleted: Record<string, number>;
  /** Rows kept with the personal fields cleared, per table. */
  anonymised: Record<string, number>;
  /** Rows kept unchanged because the law requires it, per table. */
  kept: Record<string, number>;
  /** Work outside the database (files, caches) that must wait until the erasure has committed. */
  afterCommit?: () => Promise<void>;
}

/** An audit subject that belongs to a person: staff reading it is an access to their data. */
export interface PersonalSubject {
  type: string;
  id: string;
}

/**
 * The personal data port: each domain that holds personal data contributes one source, which alone
 * reads and writes that domain's tables. Marked with `@PersonalData()`, found by the privacy domain.
 */
export interface PersonalDataSource {
  readonly domain: string;
  /** Everything the domain holds about the account, as plain JSON (Art. 15 GDPR). */
  export(accountId: string): Promise<Record<string, unknown>>;
  /**
   * Work before the erasure's transaction opens, such as loading keys the erasure signs with: the
   * transaction must never wait for a second pool connection.
   */
  prepareErasure?(accountId: string): Promise<void>;
  /** Removes or anonymises the account's data in `manager`'s transaction (Art. 17 GDPR). */
  erase(accountId: string, manager: EntityManager): Promise<ErasureReport>;
  /**
   * The audit subjects that are this account's personal data; read through `batch` (queued at once),
   * so every domain's reads go to the database as one statement.
   */
  subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]>;
  /** Deletes what outlived its retention period as of `now`; returns the rows removed. */
  purgeExpired?(now: Date, periods: RetentionPeriods): Promise<number>;
}

/** Marks a provider as a `PersonalDataSource`. */
export const PersonalData = DiscoveryService.createDecorator<void>();

export function emptyReport(): ErasureReport {
  return { deleted: {}, anonymised: {}, kept: {} };
}

/** The number of rows a `DELETE`/`UPDATE … ` through `manager.query` touched. */
export function affectedRows(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}

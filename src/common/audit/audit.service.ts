import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RequestContext } from '../context/request-context.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  actorAccountId?: string | null;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}

/** Writes the append-only audit trail; pass the transaction's manager to record atomically. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requestContext: RequestContext,
  ) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  /** Several entries in one statement (e.g. a list whose every item's read is audited). */
  async recordMany(entries: readonly AuditEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    // insert, not save: one statement (save wraps it in a transaction of its own when outside one).
    await manager.insert(
      AuditEvent,
      entries.map((entry) => ({
        action: entry.action,
        actorAccountId: entry.actorAccountId ?? null,
        subjectType: entry.subjectType ?? null,
        subjectId: entry.subjectId ?? null,
        ip: this.requestContext.ip ?? null,
        correlationId: this.requestContext.correlationId ?? null,
        // A JSON object; typed loosely here as TypeORM's insert types cannot see into jsonb.
        details: (entry.details ?? {}) as object,
      })),
    );
  }
}

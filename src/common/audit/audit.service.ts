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
    await manager.save(
      manager.create(AuditEvent, {
        action: entry.action,
        actorAccountId: entry.actorAccountId ?? null,
        subjectType: entry.subjectType ?? null,
        subjectId: entry.subjectId ?? null,
        ip: this.requestContext.ip ?? null,
        correlationId: this.requestContext.correlationId ?? null,
        details: entry.details ?? {},
      }),
    );
  }
}

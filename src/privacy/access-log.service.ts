import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { StatementBatch } from '../common/loaders/statement-batch.js';
import { AccountDirectory, Role, STAFF_ROLES } from '../identity/index.js';
import { PersonalDataSources } from './personal-data-sources.js';

export interface DataAccess {
  occurredAt: Date;
  action: string;
  subjectType: string;
  /** The offices (staff roles) the person who looked has now, never their name; empty if they left. */
  offices: Role[];
  reason: string | null;
}

const LIMIT = 200;
const OFFICES: readonly Role[] = [...STAFF_ROLES, Role.staff_communication];

/** "Who looked at my data": staff entries of the audit trail about the caller's own records. */
@Injectable()
export class AccessLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: PersonalDataSources,
    private readonly accounts: AccountDirectory,
  ) {}

  async forOwner(actor: Actor): Promise<DataAccess[]> {
    // Every domain's read is queued at once and sent as one statement.
    const batch = new StatementBatch(this.dataSource.manager);
    const subjects = (await Promise.all(this.sources.all().map((source) => source.subjects(actor.accountId, batch)))).flat();
    if (subjects.length === 0) return [];
    const rows: { occurredAt: Date; action: string; subjectType: string; actorAccountId: string; reason: string | null }[] =
      await this.dataSource.query(
        `SELECT occurred_at AS "occurredAt", action, subject_type AS "subjectType", actor_account_id AS "actorAccountId",
                details->>'reason' AS reason
           FROM audit_events
          WHERE (subject_type, subject_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
            AND actor_account_id IS NOT NULL AND actor_account_id <> $3
          ORDER BY occurred_at DESC LIMIT ${LIMIT}`,
        [subjects.map((subject) => subject.type), subjects.map((subject) => subject.id), actor.accountId],
      );
    const actors = await this.accounts.contactsOf([...new Set(rows.map((row) => row.actorAccountId))]);
    return rows.map((row) => ({
      occurredAt: row.occurredAt,
      action: row.action,
      subjectType: row.subjectType,
      offices: (actors.get(row.actorAccountId)?.roles ?? []).filter((role) => OFFICES.includes(role)),
      reason: row.reason,
    }));
  }
}

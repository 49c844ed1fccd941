import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  emptyReport,
  PersonalData,
  type ErasureReport,
  type PersonalDataSource,
  type PersonalSubject,
} from '../common/personal-data/personal-data-source.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

/** Trade registration's personal data: the registrations the person filed. They are the company's decision records (GewO) and stay for RETENTION_CASE_RECORD_YEARS; erasure keeps them. */
@PersonalData()
@Injectable()
export class TradeRegistrationPersonalData implements PersonalDataSource {
  readonly domain = 'trade-registration';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const registrations = await this.dataSource.query(
      `SELECT registration_number AS "registrationNumber", status, activity_description AS "activityDescription", wz_code AS "wzCode", start_date AS "startDate", submitted_at AS "submittedAt", decided_at AS "decidedAt", created_at AS "createdAt"
         FROM trade_registrations WHERE created_by_account_id = $1 OR submitted_by_account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { registrations };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM trade_registrations WHERE created_by_account_id = $1 OR submitted_by_account_id = $1`,
      [accountId],
    );
    report.kept.trade_registrations = count;
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(
      `SELECT 'trade_registration' AS type, id::text FROM trade_registrations WHERE created_by_account_id = $1 OR submitted_by_account_id = $1`,
      [accountId],
    );
    return rows;
  }
}

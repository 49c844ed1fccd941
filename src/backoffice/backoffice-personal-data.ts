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

/**
 * The back office's personal data: the cases about the person. They are the city's case records and
 * stay for RETENTION_CASE_RECORD_YEARS; they name the person only by the (anonymised) account id.
 */
@PersonalData()
@Injectable()
export class BackofficePersonalData implements PersonalDataSource {
  readonly domain = 'backoffice';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const cases = await this.dataSource.query(
      `SELECT kind, status, outcome, created_at AS "createdAt", closed_at AS "closedAt"
         FROM backoffice_cases WHERE applicant_account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { cases };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM backoffice_cases WHERE applicant_account_id = $1', [
      accountId,
    ]);
    report.kept.backoffice_cases = count;
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(
      `SELECT 'backoffice_case' AS type, id::text FROM backoffice_cases WHERE applicant_account_id = $1`,
      [accountId],
    );
    return rows;
  }
}

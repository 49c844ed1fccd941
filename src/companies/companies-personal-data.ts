import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  affectedRows,
  emptyReport,
  PersonalData,
  type ErasureReport,
  type PersonalDataSource,
  type PersonalSubject,
} from '../common/personal-data/personal-data-source.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

/**
 * Companies' personal data: the person's links to companies. The company records themselves
 * belong to the company and stay; only who represents it and who started its journey are removed.
 */
@PersonalData()
@Injectable()
export class CompaniesPersonalData implements PersonalDataSource {
  readonly domain = 'companies';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const representativeOf = await this.dataSource.query(
      `SELECT c.legal_name AS company, r.role, r.created_at AS "since"
         FROM company_representatives r JOIN companies c ON c.id = r.company_id WHERE r.account_id = $1 ORDER BY r.created_at`,
      [accountId],
    );
    const journeys = await this.dataSource.query(
      `SELECT active_seconds AS "activeSeconds", started_at AS "startedAt", completed_at AS "completedAt"
         FROM onboarding_journeys WHERE account_id = $1 ORDER BY started_at`,
      [accountId],
    );
    return { representativeOf, journeys };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    report.deleted.company_representatives = affectedRows(
      await manager.query('DELETE FROM company_representatives WHERE account_id = $1', [accountId]),
    );
    report.anonymised.onboarding_journeys = affectedRows(
      await manager.query('UPDATE onboarding_journeys SET account_id = NULL WHERE account_id = $1', [accountId]),
    );
    report.anonymised.companies = affectedRows(
      await manager.query('UPDATE companies SET created_by_account_id = NULL WHERE created_by_account_id = $1', [accountId]),
    );
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(
      `SELECT 'onboarding_journey' AS type, id::text FROM onboarding_journeys WHERE account_id = $1`,
      [accountId],
    );
    return rows;
  }
}

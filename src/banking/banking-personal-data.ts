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

/** Banking's personal data: the bank hand-overs the person made for a company. They are the company's record of what the bank received (with consent) and stay; the bank is controller of its own copy. */
@PersonalData()
@Injectable()
export class BankingPersonalData implements PersonalDataSource {
  readonly domain = 'banking';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const applications = await this.dataSource.query(
      `SELECT b.name AS bank, a.status, a.kyc_package AS "kycPackage", a.consent_given_at AS "consentGivenAt", a.handed_over_at AS "handedOverAt", a.decided_at AS "decidedAt", a.created_at AS "createdAt"
         FROM bank_account_applications a JOIN partner_banks b ON b.id = a.bank_id WHERE a.applicant_account_id = $1 ORDER BY a.created_at`,
      [accountId],
    );
    return { applications };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM bank_account_applications WHERE applicant_account_id = $1`,
      [accountId],
    );
    report.kept.bank_account_applications = count;
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(
      `SELECT 'bank_account_application' AS type, id::text FROM bank_account_applications WHERE applicant_account_id = $1`,
      [accountId],
    );
    return rows;
  }
}

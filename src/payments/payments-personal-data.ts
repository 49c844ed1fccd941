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
 * Payments' personal data. Payments are accounting records the city must keep for ten years
 * (§147 AO), so erasure keeps them; they point to the account id only, which after the erasure
 * identifies no one (identity anonymises the account row).
 */
@PersonalData()
@Injectable()
export class PaymentsPersonalData implements PersonalDataSource {
  readonly domain = 'payments';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const payments = await this.dataSource.query(
      `SELECT reference_number AS "referenceNumber", purpose, amount_cents AS "amountCents", currency, status, provider,
              paid_at AS "paidAt", refunded_at AS "refundedAt", created_at AS "createdAt"
         FROM payments WHERE payer_account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { payments };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM payments WHERE payer_account_id = $1', [accountId]);
    report.kept.payments = count;
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(`SELECT 'payment' AS type, id::text FROM payments WHERE payer_account_id = $1`, [
      accountId,
    ]);
    return rows;
  }
}

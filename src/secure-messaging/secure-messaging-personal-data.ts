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

/** Secure messaging's personal data: the signed messages the person sent for a company. They are the company's correspondence with the offices (signed evidence) and stay. */
@PersonalData()
@Injectable()
export class SecureMessagingPersonalData implements PersonalDataSource {
  readonly domain = 'secure-messaging';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const messages = await this.dataSource.query(
      `SELECT m.thread_id AS "threadId", m.signer_common_name AS "signer", m.signed_at AS "signedAt", m.received_at AS "receivedAt"
         FROM secure_messages m WHERE m.author_account_id = $1 ORDER BY m.received_at`,
      [accountId],
    );
    return { messages };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM secure_messages WHERE author_account_id = $1`, [accountId]);
    report.kept.secure_messages = count;
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(
      `SELECT 'secure_message' AS type, id::text FROM secure_messages WHERE author_account_id = $1`,
      [accountId],
    );
    return rows;
  }
}

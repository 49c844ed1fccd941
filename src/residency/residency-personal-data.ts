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
  type RetentionPeriods,
} from '../common/personal-data/personal-data-source.js';
import { EvidenceStorage } from './evidence-storage.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

/**
 * Residency's personal data. Applications are the case records the city keeps (decision, dates,
 * category, district) with the names, facts and messages cleared; evidence goes.
 */
@PersonalData()
@Injectable()
export class ResidencyPersonalData implements PersonalDataSource {
  readonly domain = 'residency';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: EvidenceStorage,
  ) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const applications = await this.dataSource.query(
      `SELECT id, category, district, status, given_name AS "givenName", family_name AS "familyName", facts,
              consent_given_at AS "consentGivenAt", submitted_at AS "submittedAt", decided_at AS "decidedAt",
              rejection_reason AS "rejectionReason", decision_message AS "decisionMessage", created_at AS "createdAt"
         FROM residency_applications WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const evidence = await this.dataSource.query(
      `SELECT d.application_id AS "applicationId", d.kind, d.file_name AS "fileName", d.media_type AS "mediaType",
              d.size_bytes AS "sizeBytes", d.created_at AS "uploadedAt"
         FROM residency_evidence_documents d JOIN residency_applications a ON a.id = d.application_id
        WHERE a.account_id = $1 ORDER BY d.created_at`,
      [accountId],
    );
    const messages = await this.dataSource.query(
      `SELECT m.application_id AS "applicationId", m.author, m.body, m.created_at AS "createdAt"
         FROM residency_application_messages m JOIN residency_applications a ON a.id = m.application_id
        WHERE a.account_id = $1 ORDER BY m.created_at`,
      [accountId],
    );
    const residencies = await this.dataSource.query(
      `SELECT categories, district, holder_given_name AS "givenName", holder_family_name AS "familyName", status,
              valid_from AS "validFrom", valid_until AS "validUntil", ended_at AS "endedAt"
         FROM residencies WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { applications, evidence, messages, residencies };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    const [documents] = await manager.query(
      `DELETE FROM residency_evidence_documents d USING residency_applications a
        WHERE a.id = d.application_id AND a.account_id = $1 RETURNING d.storage_key AS "storageKey"`,
      [accountId],
    );
    const storageKeys = (documents as { storageKey: string }[]).map((document) => document.storageKey);
    report.deleted.residency_evidence_documents = storageKeys.length;
    report.anonymised.residency_application_messages = affectedRows(
      await manager.query(
        `UPDATE residency_application_messages m SET body = '' FROM residency_applications a
          WHERE a.id = m.application_id AND a.account_id = $1`,
        [accountId],
      ),
    );
    report.anonymised.residency_applications = affectedRows(
      await manager.query(
        `UPDATE residency_applications SET given_name = '', family_name = '', facts = '{}', decision_message = NULL, updated_at = now()
          WHERE account_id = $1`,
        [accountId],
      ),
    );
    report.anonymised.residencies = affectedRows(
      await manager.query(
        `UPDATE residencies SET holder_given_name = '', holder_family_name = '', updated_at = now(),
                status = 'ended', ended_at = coalesce(ended_at, now()), end_reason = coalesce(end_reason, 'account_erased')
          WHERE account_id = $1`,
        [accountId],
      ),
    );
    report.afterCommit = async () => {
      for (const key of storageKeys) await this.storage.remove(key);
    };
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: { type: string; id: string }[] = await batch.query(
      `SELECT 'residency_application' AS type, id::text FROM residency_applications WHERE account_id = $1
       UNION ALL SELECT 'residency', id::text FROM residencies WHERE account_id = $1
       UNION ALL SELECT 'residency_evidence', d.id::text FROM residency_evidence_documents d
                   JOIN residency_applications a ON a.id = d.application_id WHERE a.account_id = $1`,
      [accountId],
    );
    return rows;
  }

  /** Evidence documents of applications decided more than `evidenceDays` ago. */
  async purgeExpired(now: Date, periods: RetentionPeriods): Promise<number> {
    const [documents] = await this.dataSource.query(
      `DELETE FROM residency_evidence_documents d USING residency_applications a
        WHERE a.id = d.application_id AND a.decided_at < $1::timestamptz - make_interval(days => $2)
        RETURNING d.storage_key AS "storageKey"`,
      [now, periods.evidenceDays],
    );
    for (const { storageKey } of documents as { storageKey: string }[]) await this.storage.remove(storageKey);
    return documents.length;
  }
}

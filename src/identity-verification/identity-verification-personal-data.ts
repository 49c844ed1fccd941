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

const TABLES = ['verified_identities', 'eid_authorizations', 'video_identification_sessions', 'in_person_identification_sessions'] as const;

/** Identity verification's personal data: the verified identity and every identification attempt; all go on erasure. */
@PersonalData()
@Injectable()
export class IdentityVerificationPersonalData implements PersonalDataSource {
  readonly domain = 'identity-verification';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const [identity] = await this.dataSource.query(
      `SELECT given_name AS "givenName", family_name AS "familyName", birth_date AS "birthDate", place_of_birth AS "placeOfBirth", nationality,
              method, level, verified_at AS "verifiedAt"
         FROM verified_identities WHERE account_id = $1`,
      [accountId],
    );
    const video = await this.dataSource.query(
      `SELECT status, rejection_reason AS "rejectionReason", decided_at AS "decidedAt", created_at AS "createdAt"
         FROM video_identification_sessions WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const inPerson = await this.dataSource.query(
      `SELECT status, rejection_reason AS "rejectionReason", decided_at AS "decidedAt", created_at AS "createdAt"
         FROM in_person_identification_sessions WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { verifiedIdentity: identity ?? null, videoIdentifications: video, inPersonIdentifications: inPerson };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    for (const table of TABLES) {
      report.deleted[table] = affectedRows(await manager.query(`DELETE FROM ${table} WHERE account_id = $1`, [accountId]));
    }
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(
      `SELECT 'video_identification_session' AS type, id::text FROM video_identification_sessions WHERE account_id = $1
       UNION ALL SELECT 'in_person_identification_session', id::text FROM in_person_identification_sessions WHERE account_id = $1`,
      [accountId],
    );
    return rows;
  }
}

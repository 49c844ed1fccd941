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
import { RevocationService } from './revocation/revocation.service.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

/**
 * PKI's personal data: the person's certificates. The CA keeps every certificate it issued
 * (revocation status and CRL must stay answerable), so erasure keeps them, revoking those still valid.
 */
@PersonalData()
@Injectable()
export class PkiPersonalData implements PersonalDataSource {
  readonly domain = 'pki';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly revocation: RevocationService,
  ) {}

  prepareErasure(): Promise<void> {
    return this.revocation.prepareErasure();
  }

  async export(accountId: string): Promise<Record<string, unknown>> {
    const certificates = await this.dataSource.query(
      `SELECT serial_hex AS "serial", subject_dn AS "subject", not_before AS "notBefore", not_after AS "notAfter", revoked_at AS "revokedAt", created_at AS "createdAt"
         FROM pki_certificates WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { certificates };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    const revoked = await this.revocation.revokeForErasedAccount(manager, accountId);
    if (revoked > 0) report.afterCommit = () => Promise.resolve(this.revocation.afterErasure());
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM pki_certificates WHERE account_id = $1`, [accountId]);
    report.kept.pki_certificates = count;
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(
      `SELECT 'certificate' AS type, id::text FROM pki_certificates WHERE account_id = $1`,
      [accountId],
    );
    return rows;
  }
}

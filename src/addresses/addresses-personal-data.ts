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
import { ResidentMailStorage } from './resident-mail-storage.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

/**
 * Addresses' personal data: the person's mailboxes, released and without name or forwarding address on
 * erasure, and the letters recorded for them, deleted with their scans.
 */
@PersonalData()
@Injectable()
export class AddressesPersonalData implements PersonalDataSource {
  readonly domain = 'addresses';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly letterScans: ResidentMailStorage,
  ) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const mailboxes = await this.dataSource.query(
      `SELECT a.mailbox_number AS "mailboxNumber", a.holder_name AS "holderName", a.mail_handling AS "mailHandling",
              a.forwarding_address AS "forwardingAddress", a.allocated_at AS "allocatedAt", a.released_at AS "releasedAt"
         FROM address_allocations a WHERE a.holder_account_id = $1 ORDER BY a.allocated_at`,
      [accountId],
    );
    const letters = await this.dataSource.query(
      `SELECT sender, received_on AS "receivedOn", handling, status, forwarding_address AS "forwardingAddress",
              scan_media_type AS "scanMediaType", read_at AS "readAt", completed_at AS "completedAt", received_at AS "receivedAt"
         FROM resident_mail_items WHERE holder_account_id = $1 ORDER BY received_at`,
      [accountId],
    );
    return { mailboxes, letters };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    // A DELETE … RETURNING answers [rows, count].
    const [letters] = (await manager.query('DELETE FROM resident_mail_items WHERE holder_account_id = $1 RETURNING scan_storage_key', [
      accountId,
    ])) as [{ scan_storage_key: string | null }[], number];
    report.deleted.resident_mail_items = letters.length;
    const scans = letters.flatMap((letter) => (letter.scan_storage_key ? [letter.scan_storage_key] : []));
    report.afterCommit = async () => {
      for (const key of scans) await this.letterScans.remove(key);
    };
    report.anonymised.address_allocations = affectedRows(
      await manager.query(
        `UPDATE address_allocations SET holder_name = '', mail_handling = 'hold', forwarding_address = NULL, released_at = coalesce(released_at, now()), updated_at = now()
          WHERE holder_account_id = $1`,
        [accountId],
      ),
    );
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(
      `SELECT 'address_allocation' AS type, id::text FROM address_allocations WHERE holder_account_id = $1
       UNION ALL SELECT 'resident_mail_item' AS type, id::text FROM resident_mail_items WHERE holder_account_id = $1`,
      [accountId],
    );
    return rows;
  }
}

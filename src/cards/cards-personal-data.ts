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
import { StatusListService } from './status-list.service.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

/**
 * Cards' personal data. An erased person's cards are revoked (entitlement and cards, so every
 * credential reads invalid in the status list) and keep no name; the card rows stay because the
 * status list indexes and the payment of the fee point to them.
 */
@PersonalData()
@Injectable()
export class CardsPersonalData implements PersonalDataSource {
  readonly domain = 'cards';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statusList: StatusListService,
  ) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const cards = await this.dataSource.query(
      `SELECT number, holder_name AS "holderName", categories, district, status, valid_from AS "validFrom",
              valid_until AS "validUntil", created_at AS "createdAt"
         FROM citizen_cards WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const requests = await this.dataSource.query(
      `SELECT holder_name AS "holderName", status, fee_cents AS "feeCents", created_at AS "createdAt"
         FROM card_requests WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const [entitlement] = await this.dataSource.query('SELECT status FROM card_entitlements WHERE account_id = $1', [accountId]);
    return { cards, requests, entitlement: entitlement?.status ?? 'active' };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    await manager.query(
      `INSERT INTO card_entitlements (account_id, status, reason, changed_by_account_id) VALUES ($1, 'revoked', 'account_erased', NULL)
       ON CONFLICT (account_id) DO UPDATE SET status = 'revoked', reason = 'account_erased', changed_by_account_id = NULL, updated_at = now()`,
      [accountId],
    );
    report.anonymised.citizen_cards = affectedRows(
      await manager.query(
        `UPDATE citizen_cards SET holder_name = '', updated_at = now(),
                status = CASE WHEN status IN ('active', 'suspended') THEN 'revoked'::citizen_card_status ELSE status END,
                status_reason = CASE WHEN status IN ('active', 'suspended') THEN 'account_erased' ELSE status_reason END
          WHERE account_id = $1`,
        [accountId],
      ),
    );
    report.anonymised.card_credentials = affectedRows(
      await manager.query(
        `UPDATE card_credentials c SET device_jwk = NULL, superseded_at = coalesce(superseded_at, now())
           FROM citizen_cards k WHERE k.id = c.card_id AND k.account_id = $1`,
        [accountId],
      ),
    );
    report.anonymised.card_requests = affectedRows(
      await manager.query(`UPDATE card_requests SET holder_name = '' WHERE account_id = $1`, [accountId]),
    );
    report.afterCommit = () => {
      this.statusList.invalidate();
      return Promise.resolve();
    };
    return report;
  }

  async subjects(accountId: string, batch: StatementBatch): Promise<PersonalSubject[]> {
    const rows: PersonalSubject[] = await batch.query(
      `SELECT 'citizen_card' AS type, id::text FROM citizen_cards WHERE account_id = $1
       UNION ALL SELECT 'card_request', id::text FROM card_requests WHERE account_id = $1
       UNION ALL SELECT 'card_entitlement', $1::text`,
      [accountId],
    );
    return rows;
  }
}

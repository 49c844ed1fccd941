import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CardVerificationReason } from '../../packages/card-verifier/src/index.js';
import { CardCodeVerifier } from './card-code-verifier.js';

/** Whose card a presented code is, or why it is refused. */
export type CardHolderLookupResult = { ok: true; accountId: string; cardId: string } | { ok: false; reason: CardVerificationReason };

/**
 * Who stands at the door, for another domain (e.g. an event's check-in): the holder of a presented
 * card code (either format, verified by the cards' verification core), and the identifiers a scanned
 * card names, for a door's offline list.
 */
@Injectable()
export class CardHolderLookup {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verifier: CardCodeVerifier,
  ) {}

  holderOfPresentedCode(code: string, now: Date = new Date()): Promise<CardHolderLookupResult> {
    return this.verifier.holderOf(code, now);
  }

  /**
   * By account: what a verified code names as `card.id` for each of the account's cards — the card id
   * (older codes) and the card number (SD-JWT VC codes) — so that a door can match scans offline.
   */
  async cardIdsOf(accountIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (accountIds.length === 0) return result;
    const rows: { id: string; number: string; account_id: string }[] = await manager.query(
      `SELECT id, number, account_id FROM citizen_cards WHERE account_id = ANY($1::uuid[]) AND status = 'active' ORDER BY created_at`,
      [accountIds],
    );
    for (const row of rows) result.set(row.account_id, [...(result.get(row.account_id) ?? []), row.id, row.number.trim()]);
    return result;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CardsException } from './cards.exception.js';
import { CardEntitlement, CardEntitlementStatus } from './entities/card-entitlement.entity.js';

export interface EntitlementState {
  status: CardEntitlementStatus;
  reason: string | null;
}

const ACTIVE: EntitlementState = { status: CardEntitlementStatus.active, reason: null };

/**
 * The per-person card entitlement (see the entity). Every mutation of a person's cards locks the
 * row first, inside its transaction, and decides on the newest committed state (READ COMMITTED
 * re-reads after a lock wait): the holder's actions take a share lock (they may run side by side),
 * staff decisions an exclusive one. So a staff suspension and a holder's replacement of the same
 * person never interleave: whichever locks first commits first, and the other decides on what it left.
 */
@Injectable()
export class CardEntitlements {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Locks the person's entitlement row (creating it) until the transaction ends and returns its
   * state: `share` for the holder's actions, `update` for a change of the entitlement.
   */
  async lock(manager: EntityManager, accountId: string, mode: 'share' | 'update' = 'share'): Promise<EntitlementState> {
    if (mode === 'update') {
      const [row]: EntitlementState[] = await manager.query(
        `INSERT INTO card_entitlements (account_id) VALUES ($1)
         ON CONFLICT (account_id) DO UPDATE SET account_id = EXCLUDED.account_id
         RETURNING status, reason`,
        [accountId],
      );
      return { status: row.status, reason: row.reason };
    }
    await manager.query('INSERT INTO card_entitlements (account_id) VALUES ($1) ON CONFLICT (account_id) DO NOTHING', [accountId]);
    const [row]: EntitlementState[] = await manager.query('SELECT status, reason FROM card_entitlements WHERE account_id = $1 FOR SHARE', [
      accountId,
    ]);
    return { status: row.status, reason: row.reason };
  }

  /** Locks it and refuses (ENTITLEMENT_SUSPENDED / ENTITLEMENT_REVOKED) unless it is active. */
  async requireActive(manager: EntityManager, accountId: string): Promise<EntitlementState> {
    const state = await this.lock(manager, accountId);
    if (state.status === CardEntitlementStatus.suspended) throw CardsException.entitlementSuspended();
    if (state.status === CardEntitlementStatus.revoked) throw CardsException.entitlementRevoked();
    return state;
  }

  /** Sets the state of the row locked by `lock(…, 'update')` in this transaction. */
  async set(
    manager: EntityManager,
    accountId: string,
    status: CardEntitlementStatus,
    reason: string | null,
    changedByAccountId: string | null,
  ): Promise<void> {
    await manager.update(CardEntitlement, { accountId }, { status, reason, changedByAccountId });
  }

  /** Without a lock, for reading; a person without a row is entitled. */
  async of(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<EntitlementState> {
    const row = await manager.findOneBy(CardEntitlement, { accountId });
    return row ? { status: row.status, reason: row.reason } : ACTIVE;
  }
}

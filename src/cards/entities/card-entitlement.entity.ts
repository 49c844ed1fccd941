import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum CardEntitlementStatus {
  active = 'active',
  /** Staff (or a system rule, e.g. a refunded fee) suspended the person's right to a card until lifted. */
  suspended = 'suspended',
  /** Staff revoked it: no card of the person works, and no new one is issued. */
  revoked = 'revoked',
}

/**
 * A person's right to hold a citizen card, one row per holder. Suspension and revocation by staff
 * apply here, not to one card object: while it is not active, every card of the person verifies as
 * suspended/revoked and no card is issued, replaced, renewed or bound to a device. Every such
 * mutation locks this row first (src/cards/card-entitlements.ts), so a staff decision and a holder's
 * action on the same person are decided by the database, one after the other.
 */
@Entity({ name: 'card_entitlements' })
export class CardEntitlement {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'PK_card_entitlements' })
  @ForeignKey('Account', { onDelete: 'CASCADE', name: 'FK_card_entitlements_account' })
  accountId: string;

  @Column({ type: 'enum', enum: CardEntitlementStatus, enumName: 'card_entitlement_status', default: CardEntitlementStatus.active })
  status: CardEntitlementStatus;

  /** Staff's reason for the last change; shown to staff only. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'changed_by_account_id', type: 'uuid', nullable: true })
  changedByAccountId: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum CardRequestStatus {
  awaiting_payment = 'awaiting_payment',
  issued = 'issued',
}

/** A resident's request for a card; waits for the fee when there is one, then becomes a card. */
@Entity({ name: 'card_requests' })
@Index('UQ_card_requests_idempotency', ['accountId', 'idempotencyKey'], { unique: true })
export class CardRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'residency_id', type: 'uuid' })
  residencyId: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 120 })
  holderName: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  @Column({ type: 'enum', enum: CardRequestStatus, enumName: 'card_request_status' })
  status: CardRequestStatus;

  @Column({ name: 'fee_cents', type: 'int' })
  feeCents: number;

  @Column({ name: 'card_id', type: 'uuid', nullable: true })
  cardId: string | null;

  /** Replaces this card (after a loss) instead of issuing a first one. */
  @Column({ name: 'replaces_card_id', type: 'uuid', nullable: true })
  replacesCardId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

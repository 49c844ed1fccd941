import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Every webhook event received, once: the primary key makes a repeated delivery a no-op. */
@Entity({ name: 'payment_events' })
@Index(['paymentId'])
export class PaymentEvent {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 255 })
  eventId: string;

  @Column({ type: 'varchar', length: 100 })
  type: string;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId: string | null;

  /** What the event did: `applied:<status>`, `unchanged`, or `ignored`. */
  @Column({ type: 'varchar', length: 60 })
  outcome: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

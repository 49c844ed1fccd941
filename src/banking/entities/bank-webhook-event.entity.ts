import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every accepted webhook delivery, once per bank and event id: a replay finds its row and changes nothing. */
@Entity({ name: 'bank_webhook_events' })
@Index('UQ_bank_webhook_events_event', ['bankId', 'eventId'], { unique: true })
export class BankWebhookEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  @Column({ name: 'event_id', type: 'varchar', length: 100 })
  eventId: string;

  @Column({ type: 'varchar', length: 60 })
  type: string;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'int' })
  sequence: number;

  /** What it did: applied:<status>, ignored_out_of_order, unknown_application, invalid_iban, … */
  @Column({ type: 'varchar', length: 60 })
  outcome: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

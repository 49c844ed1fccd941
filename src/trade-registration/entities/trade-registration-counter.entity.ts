import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last serial handed out per year. Incremented with UPDATE … RETURNING inside the deciding
 * transaction: concurrent registrations queue on the row lock, and a rolled-back decision gives its
 * serial back, so numbers have neither duplicates nor gaps.
 */
@Entity({ name: 'trade_registration_counters' })
export class TradeRegistrationCounter {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ name: 'last_serial', type: 'int' })
  lastSerial: number;
}

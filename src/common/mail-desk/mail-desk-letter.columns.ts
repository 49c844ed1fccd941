import { Column, CreateDateColumn } from 'typeorm';

/** Where a forwarded letter goes (the same shape as each domain's forwarding address). */
export interface MailDeskForwardingAddress {
  name: string | null;
  street: string;
  postcode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/**
 * The columns every mail desk's letter has, whatever its mailbox (a resident's, a company's). Each
 * domain's entity extends this with its own table, id, mailbox relation, handling and status enums.
 */
export abstract class MailDeskLetterColumns {
  @Column({ type: 'varchar', length: 200 })
  sender: string;

  /** The day the letter arrived at the office or service point (Europe/Berlin). */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  /** Where a forwarded letter goes: the address when it was recorded. */
  @Column({ name: 'forwarding_address', type: 'jsonb', nullable: true })
  forwardingAddress: MailDeskForwardingAddress | null;

  /** Random key of the scan in the domain's folder of the file storage; never derived from anything sent. */
  @Column({ name: 'scan_storage_key', type: 'char', length: 40, nullable: true })
  scanStorageKey: string | null;

  @Column({ name: 'scan_media_type', type: 'varchar', length: 40, nullable: true })
  scanMediaType: string | null;

  @Column({ name: 'scan_size_bytes', type: 'int', nullable: true })
  scanSizeBytes: number | null;

  @Column({ name: 'scan_sha256', type: 'char', length: 64, nullable: true })
  scanSha256: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When it was forwarded or picked up (for a scan: when it was recorded). */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { KioskOffice } from './kiosk-enums.js';

/**
 * A self-service terminal in a local centre, enrolled by staff of its office. Its browser proves
 * itself with the device secret from the enrolment link; only the secret's SHA-256 is stored.
 */
@Entity({ name: 'kiosk_devices' })
@Index('UQ_kiosk_devices_secret_hash', ['secretHash'], { unique: true })
@Index('IDX_kiosk_devices_office', ['office', 'createdAt'])
@Check('CHK_kiosk_devices_name', `char_length(btrim("name")) >= 1`)
export class KioskDevice {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_kiosk_devices' })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The local centre (Bürgerbüro, Stadtteilzentrum) and where in it. */
  @Column({ type: 'varchar', length: 200 })
  location: string;

  @Column({ type: 'varchar', length: 40 })
  district: string;

  @Column({ type: 'enum', enum: KioskOffice, enumName: 'kiosk_office' })
  office: KioskOffice;

  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  @ForeignKey('Account', { onDelete: 'SET NULL', name: 'FK_kiosk_devices_created_by' })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;
}

import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { KioskHandoverStep } from './kiosk-enums.js';

/**
 * "Continue on your phone": a kiosk step and its non-secret draft, redeemed once (a conditional
 * UPDATE on `redeemed_at IS NULL` decides) within its lifetime. Only the code's SHA-256 is stored.
 */
@Entity({ name: 'kiosk_handovers' })
@Index('UQ_kiosk_handovers_code_hash', ['codeHash'], { unique: true })
@Index('IDX_kiosk_handovers_expires_at', ['expiresAt'])
export class KioskHandover {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_kiosk_handovers' })
  id: string;

  @Column({ name: 'device_id', type: 'uuid' })
  @ForeignKey('KioskDevice', { onDelete: 'CASCADE', name: 'FK_kiosk_handovers_device' })
  deviceId: string;

  @Column({ name: 'code_hash', type: 'char', length: 64 })
  codeHash: string;

  @Column({ type: 'enum', enum: KioskHandoverStep, enumName: 'kiosk_handover_step' })
  step: KioskHandoverStep;

  /** Only the step's allowed fields (HANDOVER_DRAFT_FIELDS), as validated by KioskHandoverDraftInput; emptied on redemption. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  draft: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'redeemed_at', type: 'timestamptz', nullable: true })
  redeemedAt: Date | null;
}

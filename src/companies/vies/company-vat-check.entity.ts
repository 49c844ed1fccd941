import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '../entities/company.entity.js';

export enum VatCheckStatus {
  /** VIES could not answer yet (unavailable, busy, timeout); retried later and on "check again". */
  pending = 'pending',
  valid = 'valid',
  invalid = 'invalid',
}

/** The latest VIES answer for the company's VAT id (one per company; a changed VAT id is checked anew). */
@Entity({ name: 'company_vat_checks' })
@Check('CHK_company_vat_checks_status', `"status" IN ('pending', 'valid', 'invalid')`)
@Index('IDX_company_vat_checks_pending', ['nextAttemptAt'], { where: `"status" = 'pending'` })
export class CompanyVatCheck {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @OneToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  /** The VAT id checked, normalised (the company's VAT id when the check started). */
  @Column({ name: 'vat_id', type: 'varchar', length: 20 })
  vatId: string;

  @Column({ type: 'varchar', length: 10 })
  status: VatCheckStatus;

  /** Name and address as registered in the member state; null where the member state does not share them. */
  @Column({ name: 'registered_name', type: 'varchar', length: 300, nullable: true })
  registeredName: string | null;

  @Column({ name: 'registered_address', type: 'varchar', length: 600, nullable: true })
  registeredAddress: string | null;

  /** VIES's consultation number (requestIdentifier): proof of the check. */
  @Column({ name: 'request_identifier', type: 'varchar', length: 100, nullable: true })
  requestIdentifier: string | null;

  /** When VIES answered (its requestDate). */
  @Column({ name: 'checked_at', type: 'timestamptz', nullable: true })
  checkedAt: Date | null;

  /** Attempts since the VAT id was last set. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  /** The VIES error of the last attempt that got no answer (MS_UNAVAILABLE, TIMEOUT, …). */
  @Column({ name: 'last_error', type: 'varchar', length: 40, nullable: true })
  lastError: string | null;

  /** When the next automatic attempt runs; null when none is planned. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

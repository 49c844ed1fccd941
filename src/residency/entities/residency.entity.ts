import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { District } from '../../addresses/index.js';
import { ResidencyCategory } from '../residency-category.js';
import { ResidencyStatus } from '../residency-status.js';

/** Being a virtual resident: categories, district and validity. At most one active per account. */
@Entity({ name: 'residencies' })
@Index('UQ_residencies_active_account', ['accountId'], { unique: true, where: `status = 'active'` })
@Index(['status', 'validUntil'])
export class Residency {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  @Column({ type: 'enum', enum: ResidencyCategory, enumName: 'residency_category', array: true })
  categories: ResidencyCategory[];

  @Column({ type: 'enum', enum: District, enumName: 'residency_district' })
  district: District;

  @Column({ name: 'holder_given_name', type: 'varchar', length: 100 })
  holderGivenName: string;

  @Column({ name: 'holder_family_name', type: 'varchar', length: 100 })
  holderFamilyName: string;

  @Column({ type: 'enum', enum: ResidencyStatus, enumName: 'residency_status', default: ResidencyStatus.active })
  status: ResidencyStatus;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** e.g. `expired`. */
  @Column({ name: 'end_reason', type: 'varchar', length: 40, nullable: true })
  endReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

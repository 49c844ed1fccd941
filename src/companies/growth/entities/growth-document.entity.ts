import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BranchChecklistItem } from '../growth-enums.js';
import { GrowthPlan } from './growth-plan.entity.js';

/** The current upload for one checklist item of a branch (a new upload replaces it). */
@Entity({ name: 'company_growth_documents' })
@Index('UQ_company_growth_documents_plan_item', ['planId', 'item'], { unique: true })
@Index('UQ_company_growth_documents_storage_key', ['storageKey'], { unique: true })
export class GrowthDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => GrowthPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: GrowthPlan;

  @Column({ type: 'enum', enum: BranchChecklistItem, enumName: 'company_growth_checklist_item' })
  item: BranchChecklistItem;

  /** Cleaned name from the uploader's device; shown, never used as a path. */
  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'media_type', type: 'varchar', length: 40 })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 64 })
  storageKey: string;

  @Column({ name: 'uploaded_by_account_id', type: 'uuid' })
  uploadedByAccountId: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;
}

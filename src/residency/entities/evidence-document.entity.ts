import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvidenceKind } from '../evidence-kind.js';
import { ResidencyApplication } from './residency-application.entity.js';

/** An uploaded document; the bytes live in the file store under a random key, never under the web root. */
@Entity({ name: 'residency_evidence_documents' })
@Index(['applicationId', 'createdAt'])
@Index('UQ_residency_evidence_documents_storage_key', ['storageKey'], { unique: true })
export class EvidenceDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ResidencyApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ResidencyApplication;

  @Column({ type: 'enum', enum: EvidenceKind, enumName: 'evidence_kind' })
  kind: EvidenceKind;

  /** The name the file had on the applicant's device, cleaned; shown, never used as a path. */
  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  /** Detected from the content, not from the name or the browser's claim. */
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

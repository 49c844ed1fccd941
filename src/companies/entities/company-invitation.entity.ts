import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RepresentativeRole } from '../company-enums.js';
import { Company } from './company.entity.js';

/** An owner's invitation of another person (by e-mail) to act for the company; the token is stored hashed. */
@Entity({ name: 'company_invitations' })
@Index('UQ_company_invitations_token_hash', ['tokenHash'], { unique: true })
@Index(['companyId', 'createdAt'])
export class CompanyInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'enum', enum: RepresentativeRole, enumName: 'company_representative_role' })
  role: RepresentativeRole;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'invited_by_account_id', type: 'uuid', nullable: true })
  invitedByAccountId: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by_account_id', type: 'uuid', nullable: true })
  acceptedByAccountId: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

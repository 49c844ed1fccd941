import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RepresentativeRole } from '../company-enums.js';
import { Company } from './company.entity.js';

/** An account acting for a company. */
@Entity({ name: 'company_representatives' })
@Index('UQ_company_representatives_company_account', ['companyId', 'accountId'], { unique: true })
@Index(['accountId'])
export class CompanyRepresentative {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  @Column({ type: 'enum', enum: RepresentativeRole, enumName: 'company_representative_role' })
  role: RepresentativeRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  since: Date;
}

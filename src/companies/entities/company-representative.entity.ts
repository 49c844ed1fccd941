import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../identity/account.entity.js';
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
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Column({ type: 'enum', enum: RepresentativeRole, enumName: 'company_representative_role' })
  role: RepresentativeRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  since: Date;
}

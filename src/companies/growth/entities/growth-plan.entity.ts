import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EstablishmentKind } from '../../company-enums.js';
import { Company } from '../../entities/company.entity.js';
import { Establishment } from '../../entities/establishment.entity.js';
import type { ArticlesKind, SubsidiaryLegalForm } from '../growth-enums.js';
import { GrowthStage } from '../growth-enums.js';

export interface SubsidiaryShareholder {
  name: string;
  /** ISO 3166-1 alpha-2 of the seat or nationality. */
  countryCode: string;
  /** Nominal amount of the share(s), in cents. */
  nominalCents: number;
  /** The parent company itself holds this share. */
  isParentCompany: boolean;
}

export interface SubsidiaryPlan {
  name: string;
  legalForm: SubsidiaryLegalForm;
  shareCapitalCents: number;
  articles: ArticlesKind;
  shareholders: SubsidiaryShareholder[];
  /** Representatives of the parent company who become managing directors. */
  managingDirectorAccountIds: string[];
}

/** A company's way from the representative office to a branch or a subsidiary: one of each per company. */
@Entity({ name: 'company_growth_plans' })
@Index('UQ_company_growth_plans_company_kind', ['companyId', 'kind'], { unique: true })
@Index(['stage', 'updatedAt'])
export class GrowthPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ name: 'establishment_id', type: 'uuid' })
  establishmentId: string;

  @OneToOne(() => Establishment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'establishment_id' })
  establishment?: Establishment;

  /** branch or subsidiary */
  @Column({ type: 'enum', enum: EstablishmentKind, enumName: 'establishment_kind' })
  kind: EstablishmentKind;

  @Column({ type: 'enum', enum: GrowthStage, enumName: 'company_growth_stage', default: GrowthStage.preparing })
  stage: GrowthStage;

  @Column({ type: 'jsonb', nullable: true })
  subsidiary: SubsidiaryPlan | null;

  /** The day business starts (YYYY-MM-DD): the trade registration is due then, the tax registration within a month. */
  @Column({ name: 'business_start_date', type: 'date', nullable: true })
  businessStartDate: string | null;

  @Column({ name: 'trade_registration_done_at', type: 'timestamptz', nullable: true })
  tradeRegistrationDoneAt: Date | null;

  @Column({ name: 'tax_registration_done_at', type: 'timestamptz', nullable: true })
  taxRegistrationDoneAt: Date | null;

  @Column({ name: 'trade_registration_reminded_at', type: 'timestamptz', nullable: true })
  tradeRegistrationRemindedAt: Date | null;

  @Column({ name: 'tax_registration_reminded_at', type: 'timestamptz', nullable: true })
  taxRegistrationRemindedAt: Date | null;

  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true })
  handedOverAt: Date | null;

  @Column({ name: 'register_court', type: 'varchar', length: 100, nullable: true })
  registerCourt: string | null;

  @Column({ name: 'register_number', type: 'varchar', length: 40, nullable: true })
  registerNumber: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true })
  registeredAt: Date | null;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

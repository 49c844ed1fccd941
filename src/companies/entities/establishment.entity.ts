import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EstablishmentKind, EstablishmentStatus } from '../company-enums.js';
import { Company } from './company.entity.js';

/** A company's establishment in Bochum with its business address. At most one open representative office per company. */
@Entity({ name: 'establishments' })
@Index('UQ_establishments_open_representative_office', ['companyId'], {
  unique: true,
  where: `kind = 'representative_office' AND status <> 'closed'`,
})
@Index(['companyId', 'createdAt'])
export class Establishment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'enum', enum: EstablishmentKind, enumName: 'establishment_kind' })
  kind: EstablishmentKind;

  @Column({ type: 'enum', enum: EstablishmentStatus, enumName: 'establishment_status', default: EstablishmentStatus.setting_up })
  status: EstablishmentStatus;

  @Column({ name: 'service_point_code', type: 'varchar', length: 40, nullable: true })
  servicePointCode: string | null;

  @Column({ name: 'business_address_allocation_id', type: 'uuid', nullable: true })
  businessAddressAllocationId: string | null;

  /** The business address as printed (DIN 5008 lines), copied at allocation. */
  @Column({ name: 'business_address_lines', type: 'jsonb', nullable: true })
  businessAddressLines: string[] | null;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

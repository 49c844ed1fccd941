import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A (usually foreign) company that sets up an establishment in Bochum. */
@Entity({ name: 'companies' })
@Index(['createdAt'])
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'legal_name', type: 'varchar', length: 200 })
  legalName: string;

  /** One of the listed forms of the country, or free text. */
  @Column({ name: 'legal_form', type: 'varchar', length: 80 })
  legalForm: string;

  /** ISO 3166-1 alpha-2 of the country of registration. */
  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Column({ name: 'register_name', type: 'varchar', length: 200, nullable: true })
  registerName: string | null;

  @Column({ name: 'register_number', type: 'varchar', length: 80, nullable: true })
  registerNumber: string | null;

  /** Normalised: upper case, no spaces or separators. */
  @Column({ name: 'vat_id', type: 'varchar', length: 20, nullable: true })
  vatId: string | null;

  @Column({ name: 'head_office_street', type: 'varchar', length: 200 })
  headOfficeStreet: string;

  @Column({ name: 'head_office_postcode', type: 'varchar', length: 20 })
  headOfficePostcode: string;

  @Column({ name: 'head_office_city', type: 'varchar', length: 100 })
  headOfficeCity: string;

  @Column({ name: 'head_office_country_code', type: 'char', length: 2 })
  headOfficeCountryCode: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ name: 'main_activity', type: 'varchar', length: 500 })
  mainActivity: string;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { onDelete: 'SET NULL' })
  createdByAccountId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

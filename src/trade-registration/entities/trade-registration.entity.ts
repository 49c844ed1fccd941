import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BusinessScope, EstablishmentKindOfTrade, TradeRegistrationStatus } from '../trade-registration-status.js';

export interface TradePermit {
  /** What the permit allows, e.g. "Erlaubnis nach § 34c GewO". */
  kind: string;
  authority: string;
  /** YYYY-MM-DD */
  issuedOn: string;
}

export interface TradeOperatorSnapshot {
  legalName: string;
  legalForm: string;
  countryCode: string;
  registerName: string | null;
  registerNumber: string | null;
  headOffice: { street: string; postcode: string; city: string; countryCode: string };
}

export interface TradePersonSnapshot {
  accountId: string;
  role: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  placeOfBirth: string | null;
}

/** Form GewA1 of one establishment: a draft the representatives fill in, then the office's case. */
@Entity({ name: 'trade_registrations' })
@Index('UQ_trade_registrations_open_per_establishment', ['establishmentId'], {
  unique: true,
  where: `status IN ('draft', 'submitted', 'paid', 'info_requested')`,
})
@Index('UQ_trade_registrations_number', ['registrationNumber'], { unique: true, where: 'registration_number IS NOT NULL' })
@Index(['companyId', 'createdAt'])
export class TradeRegistration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'establishment_id', type: 'uuid' })
  establishmentId: string;

  @Column({ name: 'created_by_account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  createdByAccountId: string;

  /** Who submitted (the applicant of the case; notified in their language). */
  @Column({ name: 'submitted_by_account_id', type: 'uuid', nullable: true })
  submittedByAccountId: string | null;

  @Column({ type: 'enum', enum: TradeRegistrationStatus, enumName: 'trade_registration_status', default: TradeRegistrationStatus.draft })
  status: TradeRegistrationStatus;

  @Column({
    name: 'establishment_kind',
    type: 'enum',
    enum: EstablishmentKindOfTrade,
    enumName: 'trade_establishment_kind',
    nullable: true,
  })
  establishmentKind: EstablishmentKindOfTrade | null;

  @Column({ name: 'activity_description', type: 'text', default: '' })
  activityDescription: string;

  @Column({ name: 'wz_edition', type: 'varchar', length: 120, nullable: true })
  wzEdition: string | null;

  @Column({ name: 'wz_code', type: 'varchar', length: 12, nullable: true })
  wzCode: string | null;

  @Column({ name: 'wz_title', type: 'text', nullable: true })
  wzTitle: string | null;

  /** YYYY-MM-DD */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'business_scope', type: 'enum', enum: BusinessScope, enumName: 'trade_business_scope', nullable: true })
  businessScope: BusinessScope | null;

  @Column({ name: 'employees_full_time', type: 'int', default: 0 })
  employeesFullTime: number;

  @Column({ name: 'employees_part_time', type: 'int', default: 0 })
  employeesPartTime: number;

  /** Empty: no permit required. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  permits: TradePermit[];

  /** Operator, persons and address as they were when submitted (what the office decides on). */
  @Column({ type: 'jsonb', nullable: true })
  operator: TradeOperatorSnapshot | null;

  @Column({ type: 'jsonb', nullable: true })
  persons: TradePersonSnapshot[] | null;

  @Column({ name: 'business_address_lines', type: 'jsonb', nullable: true })
  businessAddressLines: string[] | null;

  @Column({ name: 'fee_cents', type: 'int', default: 0 })
  feeCents: number;

  @Column({ name: 'registration_number', type: 'varchar', length: 24, nullable: true })
  registrationNumber: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true })
  registeredAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true })
  decidedByAccountId: string | null;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 60, nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'decision_message', type: 'text', nullable: true })
  decisionMessage: string | null;

  /** The office's open question while `info_requested`; the applicant's last answer. */
  @Column({ name: 'info_request', type: 'text', nullable: true })
  infoRequest: string | null;

  @Column({ name: 'applicant_answer', type: 'text', nullable: true })
  applicantAnswer: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

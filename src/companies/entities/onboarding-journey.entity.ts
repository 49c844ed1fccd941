import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Company } from './company.entity.js';

/** The guided onboarding of one company, with the active time its people spent on it. */
@Entity({ name: 'onboarding_journeys' })
@Index('UQ_onboarding_journeys_company', ['companyId'], { unique: true })
@Index(['lastActivityAt'])
export class OnboardingJourney {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @OneToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  /** The account that started the journey (the company's creator). */
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { onDelete: 'SET NULL' })
  accountId: string | null;

  /** Active seconds credited from heartbeats since the company exists. */
  @Column({ name: 'active_seconds', type: 'int', default: 0 })
  activeSeconds: number;

  /** Active seconds on /company/new before the company existed (capped; set once). */
  @Column({ name: 'pre_company_seconds', type: 'int', nullable: true })
  preCompanySeconds: number | null;

  @Column({ name: 'last_heartbeat_at', type: 'timestamptz', nullable: true })
  lastHeartbeatAt: Date | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt: Date;

  /** Earliest time a step has been waiting for someone (office or applicant), as last seen. */
  @Column({ name: 'waiting_since', type: 'timestamptz', nullable: true })
  waitingSince: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;
}

import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BackofficeCase } from './backoffice-case.entity.js';

export interface CaseEventDetails {
  reasonCode?: string;
  message?: string | null;
  findings?: string[];
  assigneeAccountId?: string;
  fileName?: string;
}

/** One entry of a case's timeline: what happened, who did it, when. Never changed afterwards. */
@Entity({ name: 'backoffice_case_events' })
@Index(['caseId', 'occurredAt'])
export class BackofficeCaseEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => BackofficeCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: BackofficeCase;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  /** Staff member or applicant; null for the system. */
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { onDelete: 'SET NULL' })
  actorAccountId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: CaseEventDetails;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

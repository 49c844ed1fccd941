import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Audience } from '../audience/audience.js';
import type { StoredAnswers, SurveyQuestion, SurveyTranslation } from './survey-definition.js';
import { SurveyStatus } from './survey-enums.js';

/** A survey staff build, publish and close. Questions and their translations are one jsonb document. */
@Entity({ name: 'surveys' })
@Index('IDX_surveys_status_opens_at', ['status', 'opensAt'])
@Index('UQ_surveys_seed_key', ['seedKey'], { unique: true })
export class Survey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: SurveyStatus, enumName: 'survey_status', default: SurveyStatus.draft })
  status: SurveyStatus;

  @Column({ name: 'title_de', type: 'varchar', length: 200 })
  titleDe: string;

  @Column({ name: 'intro_de', type: 'text', default: '' })
  introDe: string;

  /** Language code (not German) → title and intro. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Record<string, SurveyTranslation>;

  @Column({ type: 'jsonb' })
  questions: SurveyQuestion[];

  @Column({ type: 'jsonb' })
  audience: Audience;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'results_visible_to_participants', type: 'boolean', default: false })
  resultsVisibleToParticipants: boolean;

  /** Set for the seeded example, so that seeding twice finds it. */
  @Column({ name: 'seed_key', type: 'varchar', length: 60, nullable: true })
  seedKey: string | null;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * WHO took part: one row per person and survey, enforced by the unique index. It says nothing about
 * what they answered, and no column leads to `survey_responses` (the day only, no time).
 */
@Entity({ name: 'survey_participations' })
@Index('UQ_survey_participations_survey_account', ['surveyId', 'accountId'], { unique: true })
@Index('IDX_survey_participations_account', ['accountId'])
export class SurveyParticipation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  @ForeignKey(() => Survey, { onDelete: 'CASCADE', name: 'FK_survey_participations_survey' })
  surveyId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE', name: 'FK_survey_participations_account' })
  accountId: string;

  @Column({ name: 'participated_on', type: 'date' })
  participatedOn: string;
}

/**
 * WHAT was answered: no account, no participation, no time at all, a random (v4) id. The rows of a
 * survey are rewritten in random order, with fresh ids, in every answering transaction (see
 * SurveyAnswering), so that neither ids, physical order nor the inserting transaction (xmin) tell
 * which answer came when. `district`/`categories` are the coarse audience attributes the result
 * filters need, read at answering time.
 */
@Entity({ name: 'survey_responses' })
@Index('IDX_survey_responses_survey', ['surveyId'])
export class SurveyResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  @ForeignKey(() => Survey, { onDelete: 'CASCADE', name: 'FK_survey_responses_survey' })
  surveyId: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  district: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Column({ type: 'jsonb' })
  answers: StoredAnswers;
}

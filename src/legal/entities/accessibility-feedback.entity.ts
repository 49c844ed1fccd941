import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Feedback on the platform's accessibility (BITV 2.0 §7); linked to no account, an e-mail only if given for an answer. */
@Entity({ name: 'accessibility_feedback' })
@Index('IDX_accessibility_feedback_created_at', ['createdAt'])
@Check('CHK_accessibility_feedback_message', `char_length(btrim("message")) >= 10`)
export class AccessibilityFeedback {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_accessibility_feedback' })
  id: string;

  @Column({ type: 'varchar', length: 5000 })
  message: string;

  /** The page the barrier is on, as a path of this site. */
  @Column({ name: 'page_url', type: 'varchar', length: 500, nullable: true })
  pageUrl: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** The language the person wrote in (the request's). */
  @Column({ type: 'varchar', length: 10 })
  language: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

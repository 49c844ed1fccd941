import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ResidencyApplication } from './residency-application.entity.js';

export enum ApplicationMessageAuthor {
  staff = 'staff',
  applicant = 'applicant',
}

/** The conversation about an application: staff's questions and the applicant's answers. */
@Entity({ name: 'residency_application_messages' })
@Index(['applicationId', 'createdAt'])
export class ApplicationMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ResidencyApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ResidencyApplication;

  @Column({ type: 'enum', enum: ApplicationMessageAuthor, enumName: 'application_message_author' })
  author: ApplicationMessageAuthor;

  @Column({ name: 'author_account_id', type: 'uuid', nullable: true })
  authorAccountId: string | null;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

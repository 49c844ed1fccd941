import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';
import { encodeCursor } from '../../common/pagination/cursor.js';
import { BackofficeCaseStatus } from '../backoffice-case-status.js';
import type { BackofficeCase } from '../entities/backoffice-case.entity.js';

@ObjectType('BackofficeCase', { description: 'An application in the back office queue.' })
export class BackofficeCaseModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What kind of application, e.g. `residency_application`.' })
  kind: string;

  @Field(() => ID, { description: 'The application’s id in its own domain.' })
  subjectId: string;

  @Field(() => BackofficeCaseStatus)
  status: BackofficeCaseStatus;

  @Field(() => String, { nullable: true, description: '`approved` or `rejected` once closed.' })
  outcome: string | null;

  @Field()
  dueAt: Date;

  @Field()
  overdue: boolean;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  applicantAccountId: string;
  assigneeAccountId: string | null;
  cursor: string;

  static from(row: BackofficeCase): BackofficeCaseModel {
    return Object.assign(new BackofficeCaseModel(), {
      id: row.id,
      kind: row.kind,
      subjectId: row.subjectId,
      status: row.status,
      outcome: row.outcome,
      dueAt: row.dueAt,
      overdue: row.status !== BackofficeCaseStatus.closed && row.dueAt.getTime() < Date.now(),
      closedAt: row.closedAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      applicantAccountId: row.applicantAccountId,
      assigneeAccountId: row.assigneeAccountId,
      cursor: encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id }),
    });
  }
}

export const BackofficeCaseConnection = Connection(BackofficeCaseModel, 'BackofficeCaseConnection');

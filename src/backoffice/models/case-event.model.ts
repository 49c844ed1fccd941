import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CaseEventDetails } from '../entities/backoffice-case-event.entity.js';

@ObjectType('CaseEvent', { description: 'One entry of a case’s timeline.' })
export class CaseEventModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. opened, claimed, assigned, info_requested, applicant_answered, approved, rejected, evidence_viewed.' })
  type: string;

  @Field()
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  reasonCode: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => [String], { description: 'Why automatic processing handed the case to staff.' })
  findings: string[];

  @Field(() => String, { nullable: true })
  fileName: string | null;

  actorAccountId: string | null;
  assigneeAccountId: string | null;

  static from(row: {
    id: string;
    type: string;
    occurredAt: Date;
    actorAccountId: string | null;
    details: CaseEventDetails;
  }): CaseEventModel {
    return Object.assign(new CaseEventModel(), {
      id: row.id,
      type: row.type,
      occurredAt: row.occurredAt,
      reasonCode: row.details.reasonCode ?? null,
      message: row.details.message ?? null,
      findings: row.details.findings ?? [],
      fileName: row.details.fileName ?? null,
      actorAccountId: row.actorAccountId,
      assigneeAccountId: row.details.assigneeAccountId ?? null,
    });
  }
}

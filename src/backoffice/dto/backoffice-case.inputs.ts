import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { BackofficeCaseStatus } from '../backoffice-case-status.js';
import { CaseDecisionOutcome } from '../case-decision.js';

export enum CaseAssigneeFilter {
  me = 'me',
  unassigned = 'unassigned',
}

registerEnumType(CaseAssigneeFilter, { name: 'CaseAssigneeFilter' });

const invalid = { context: { messageKey: 'validation.invalid' } };
const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class BackofficeCaseFilter {
  @Field({ nullable: true, description: 'Only cases of this kind, e.g. `residency_application`.' })
  @IsOptional()
  @IsString(invalid)
  @MaxLength(40, invalid)
  kind?: string;

  @Field(() => BackofficeCaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BackofficeCaseStatus, invalid)
  status?: BackofficeCaseStatus;

  @Field(() => Int, { nullable: true, description: 'Only cases opened at least this many days ago.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(3650, invalid)
  olderThanDays?: number;

  @Field(() => Int, { nullable: true, description: 'Only cases opened less than this many days ago.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt(invalid)
  @Min(1, invalid)
  @Max(3650, invalid)
  newerThanDays?: number;

  @Field(() => CaseAssigneeFilter, { nullable: true })
  @IsOptional()
  @IsEnum(CaseAssigneeFilter, invalid)
  assignee?: CaseAssigneeFilter;
}

/** The query of the case export: the queue's filter and one page of at most 1000 cases. */
export class CaseExportQuery extends BackofficeCaseFilter {
  @IsOptional()
  @Type(() => Number)
  @IsInt(invalid)
  @Min(1, invalid)
  @Max(1000, invalid)
  first?: number;

  @IsOptional()
  @IsString(invalid)
  @MaxLength(200, invalid)
  after?: string;
}

@InputType()
export class DecideBackofficeCaseInput {
  @Field(() => ID)
  @IsUUID('all', invalid)
  caseId: string;

  @Field(() => CaseDecisionOutcome)
  @IsEnum(CaseDecisionOutcome, invalid)
  outcome: CaseDecisionOutcome;

  @Field({ nullable: true, description: 'Required to reject: one of the case’s rejectionReasons.' })
  @IsOptional()
  @IsString(invalid)
  @MaxLength(60, invalid)
  reasonCode?: string;

  @Field({ nullable: true, description: 'To the applicant: the question when requesting information, or an explanation.' })
  @IsOptional()
  @trimmed()
  @IsString(invalid)
  @MaxLength(2000, { context: { messageKey: 'validation.max_length', params: { max: 2000 } } })
  message?: string;
}

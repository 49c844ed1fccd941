import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/auth/role.js';
import type { ProcessingActivity } from '../processing-records.js';
import type { DataAccess } from '../access-log.service.js';

@ObjectType('DataAccess', { description: 'A staff access to the caller’s personal data, as the audit trail recorded it.' })
export class DataAccessModel {
  @Field() occurredAt: Date;
  @Field({ description: 'What was done, e.g. residency.evidence_viewed (catalogue key privacy:actions.*).' }) action: string;
  @Field({ description: 'Which record, e.g. residency_application (catalogue key privacy:subjects.*).' }) subjectType: string;
  @Field(() => [Role], { description: 'The offices of the person who looked; never their name.' }) offices: Role[];
  @Field(() => String, { nullable: true, description: 'The reason staff gave, if any.' }) reason: string | null;

  static from(access: DataAccess): DataAccessModel {
    return Object.assign(new DataAccessModel(), access);
  }
}

@ObjectType('RetentionPeriod')
export class RetentionPeriodModel {
  @Field(() => Int, { description: '0: until the account is erased.' }) amount: number;
  @Field({ description: 'minutes, days or years' }) unit: string;
  @Field({ description: 'What the period is counted from (catalogue key privacy:records.from.*).' }) from: string;
}

@ObjectType('ProcessingActivity', { description: 'One entry of the records of processing (Art. 30 GDPR); texts are catalogue keys.' })
export class ProcessingActivityModel {
  @Field() key: string;
  @Field() legalBasis: string;
  @Field(() => [String]) dataCategories: string[];
  @Field(() => [String]) subjects: string[];
  @Field(() => [String]) recipients: string[];
  @Field(() => RetentionPeriodModel) retention: RetentionPeriodModel;

  static from(activity: ProcessingActivity): ProcessingActivityModel {
    return Object.assign(new ProcessingActivityModel(), activity);
  }
}

@ObjectType('RetentionSummary', { description: 'What an erasure keeps, and for how long (years).' })
export class RetentionSummaryModel {
  @Field(() => Int) paymentYears: number;
  @Field(() => Int) caseRecordYears: number;
}

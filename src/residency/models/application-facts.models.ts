import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('StudentFacts')
export class StudentFactsModel {
  @Field() university: string;
  @Field() enrolmentFrom: string;
  @Field() enrolmentUntil: string;
}

@ObjectType('CommuterFacts')
export class CommuterFactsModel {
  @Field() employer: string;
  @Field() workAddress: string;
}

@ObjectType('SecondHomeFacts')
export class SecondHomeFactsModel {
  @Field() secondHomeAddress: string;
  @Field() registeredOn: string;
}

@ObjectType('FormerResidentFacts')
export class FormerResidentFactsModel {
  @Field() formerAddress: string;
  @Field() livedFrom: string;
  @Field() livedUntil: string;
}

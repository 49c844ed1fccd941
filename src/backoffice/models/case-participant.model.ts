import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CaseParticipant', { description: 'An applicant or staff member as the back office shows them.' })
export class CaseParticipantModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;
}

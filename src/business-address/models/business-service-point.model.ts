import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('BusinessServicePoint', { description: 'A partner service point where companies receive mail at a business address.' })
export class BusinessServicePointModel {
  @Field({ description: 'Stable code to choose the service point with, e.g. `business-bochum-hbf`.' })
  code: string;

  @Field()
  name: string;

  @Field(() => [String], { description: 'The service point’s postal address, one line each.' })
  lines: string[];
}

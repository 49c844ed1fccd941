import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CaseFacet', { description: 'A short fact about the case’s subject, e.g. name `category`, value `student`.' })
export class CaseFacetModel {
  @Field()
  name: string;

  @Field()
  value: string;
}

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApplicationMessageAuthor, type ApplicationMessage } from '../entities/application-message.entity.js';

registerEnumType(ApplicationMessageAuthor, { name: 'ApplicationMessageAuthor' });

@ObjectType('ApplicationMessage', { description: 'A question from the citizens’ office or the applicant’s answer.' })
export class ApplicationMessageModel {
  @Field(() => ID)
  id: string;

  @Field(() => ApplicationMessageAuthor)
  author: ApplicationMessageAuthor;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  static from(row: ApplicationMessage): ApplicationMessageModel {
    return Object.assign(new ApplicationMessageModel(), { id: row.id, author: row.author, body: row.body, createdAt: row.createdAt });
  }
}

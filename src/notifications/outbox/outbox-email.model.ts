import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';
import { OutboxEmailStatus } from './outbox-email.entity.js';

registerEnumType(OutboxEmailStatus, { name: 'OutboxEmailStatus' });

@ObjectType('OutboxEmail', { description: 'An e-mail in the outbox, as staff see it (without its body).' })
export class OutboxEmailModel {
  @Field(() => ID)
  id: string;

  @Field()
  recipient: string;

  @Field()
  template: string;

  @Field()
  subject: string;

  @Field(() => OutboxEmailStatus)
  status: OutboxEmailStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
}

export const OutboxEmailConnection = Connection(OutboxEmailModel, 'OutboxEmailConnection');

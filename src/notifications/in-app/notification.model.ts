import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';

@ObjectType('Notification', { description: 'An in-app notification, in the reader’s language.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What happened, e.g. `payment_received`.' })
  kind: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'A client path to open.' })
  link: string | null;

  @Field()
  read: boolean;

  @Field()
  createdAt: Date;
}

export const NotificationConnection = Connection(NotificationModel, 'NotificationConnection');

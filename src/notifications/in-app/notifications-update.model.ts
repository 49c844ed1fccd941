import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NotificationModel } from './notification.model.js';

@ObjectType('NotificationsUpdate', {
  description: 'The signed-in account’s notifications changed: the new unread count and the one added, if any.',
})
export class NotificationsUpdateModel {
  @Field(() => Int)
  unreadCount: number;

  @Field(() => NotificationModel, {
    nullable: true,
    description: 'The notification just added; null when some were read or after a resync.',
  })
  notification: NotificationModel | null;

  @Field({
    description:
      'True when this is no single change but a prompt to read again what the page shows: the first event once the subscription is registered (catch-up for what happened before), or events may have been lost.',
  })
  resync: boolean;
}

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { PageInput, toConnection } from '../../common/pagination/connection.js';
import { InAppNotificationService } from './in-app-notification.service.js';
import { NotificationConnection, NotificationModel } from './notification.model.js';

@Resolver(() => NotificationModel)
export class InAppNotificationResolver {
  constructor(private readonly notifications: InAppNotificationService) {}

  @Query(() => NotificationConnection, { description: 'The signed-in account’s notifications, newest first.' })
  @Authenticated()
  async myNotifications(@CurrentActor() actor: Actor, @Args('page', { nullable: true }) page?: PageInput) {
    const { first, after } = page ?? new PageInput();
    const { items, hasNextPage } = await this.notifications.list(actor, first, after);
    return toConnection(items, hasNextPage);
  }

  @Query(() => Int)
  @Authenticated()
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor);
  }

  @Mutation(() => NotificationModel)
  @Authenticated()
  markNotificationRead(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.notifications.markRead(actor, id);
  }

  @Mutation(() => Int, { description: 'Marks every notification read; returns how many were unread.' })
  @Authenticated()
  markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<number> {
    return this.notifications.markAllRead(actor);
  }
}

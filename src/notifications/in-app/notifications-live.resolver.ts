import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import type { GraphqlContext } from '../../common/graphql-context.js';
import { isResync, liveSessionOf, LiveUpdates, requireLiveEvent, stillSignedIn, type LiveEvent } from '../../common/live-updates/index.js';
import { InAppNotificationService } from './in-app-notification.service.js';
import { isNotificationsChanged, NOTIFICATIONS_CHANGED, type NotificationsChanged } from './notification-events.js';
import { NotificationsUpdateModel } from './notifications-update.model.js';

/** Live notifications over graphql-ws: the bell updates the moment one is written, without polling. */
@Resolver(() => NotificationsUpdateModel)
export class NotificationsLiveResolver {
  constructor(
    private readonly live: LiveUpdates,
    private readonly notifications: InAppNotificationService,
  ) {}

  @Subscription(() => NotificationsUpdateModel, {
    description: 'The signed-in account’s notifications as they change (graphql-ws only).',
    resolve(this: NotificationsLiveResolver, event: LiveEvent<NotificationsChanged> | undefined, _args: unknown, context: GraphqlContext) {
      return this.update(context.req.user!, requireLiveEvent(event));
    },
  })
  @Authenticated()
  notificationsChanged(
    @CurrentActor() actor: Actor,
    @Context() context: GraphqlContext,
  ): AsyncIterableIterator<LiveEvent<NotificationsChanged>> {
    const session = liveSessionOf(context);
    return this.live.events<NotificationsChanged>(NOTIFICATIONS_CHANGED, {
      // Only the subscriber's own account; what arrives is re-read through the service, which checks it again.
      accepts: (payload): payload is typeof payload & NotificationsChanged =>
        isNotificationsChanged(payload) && payload.accountId === actor.accountId,
      stillAllowed: stillSignedIn(session, context.req),
      // The first event says it is registered: pages read once what they wait for (nothing is lost in between).
      catchUp: true,
    });
  }

  private async update(actor: Actor, event: LiveEvent<NotificationsChanged>): Promise<NotificationsUpdateModel> {
    const notificationId = isResync(event) ? undefined : event.notificationId;
    const [unreadCount, notification] = await Promise.all([
      this.notifications.unreadCount(actor),
      notificationId ? this.notifications.findOwn(actor, notificationId) : null,
    ]);
    return { unreadCount, notification, resync: isResync(event) };
  }
}

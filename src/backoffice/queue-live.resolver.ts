import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { STAFF_ROLES } from '../common/auth/role.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { isResync, liveSessionOf, LiveUpdates, requireLiveEvent, stillSignedIn, type LiveEvent } from '../common/live-updates/index.js';
import { CaseKindRegistry } from './case-kind-registry.js';
import { BackofficeQueueUpdateModel } from './models/queue-update.model.js';
import { BACKOFFICE_QUEUE_CHANGED, isBackofficeQueueChanged, type BackofficeQueueChanged } from './queue-live.js';

/** The staff queue updates the moment a case is opened, claimed, assigned or decided, for staff who may handle its kind. */
@Resolver(() => BackofficeQueueUpdateModel)
export class QueueLiveResolver {
  constructor(
    private readonly live: LiveUpdates,
    private readonly registry: CaseKindRegistry,
  ) {}

  @Subscription(() => BackofficeQueueUpdateModel, {
    description:
      'Staff: changes of the case queue, of the kinds the caller may handle (graphql-ws only). The first event (resync) comes once the subscription is registered.',
    resolve(event: LiveEvent<BackofficeQueueChanged> | undefined): BackofficeQueueUpdateModel {
      const live = requireLiveEvent(event);
      if (isResync(live)) return { caseId: null, kind: null, change: null, resync: true };
      return { caseId: live.caseId, kind: live.kind, change: live.change, resync: false };
    },
  })
  @Authenticated(...STAFF_ROLES)
  backofficeQueueChanged(
    @CurrentActor() actor: Actor,
    @Context() context: GraphqlContext,
  ): AsyncIterableIterator<LiveEvent<BackofficeQueueChanged>> {
    const session = liveSessionOf(context);
    const signedIn = stillSignedIn(session, context.req);
    return this.live.events<BackofficeQueueChanged>(BACKOFFICE_QUEUE_CHANGED, {
      // The roles as of the latest check (stillAllowed refreshes the actor before each event).
      accepts: (payload): payload is typeof payload & BackofficeQueueChanged =>
        isBackofficeQueueChanged(payload) && this.registry.mayHandle(context.req.user ?? actor, payload.kind),
      // Still signed in and still staff of some case kind (a revoked role ends the subscription).
      stillAllowed: async () => (await signedIn()) && this.registry.kindsFor(context.req.user!).length > 0,
      catchUp: true,
    });
  }
}

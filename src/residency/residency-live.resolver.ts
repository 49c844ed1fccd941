import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { LiveUpdates, rereadOnEachEvent, whileSignedInAnd, type LiveEvent } from '../common/live-updates/index.js';
import { ResidencyApplicationModel } from './models/residency-application.model.js';
import { ResidencyApplicationService } from './residency-application.service.js';
import { isResidencyApplicationChanged, RESIDENCY_APPLICATION_CHANGED, type ResidencyApplicationChanged } from './residency-live.js';

/** The applicant's page of one application updates the moment its state changes (a staff decision, …), without polling. */
@Resolver(() => ResidencyApplicationModel)
export class ResidencyLiveResolver {
  constructor(
    private readonly live: LiveUpdates,
    private readonly applications: ResidencyApplicationService,
  ) {}

  @Subscription(() => ResidencyApplicationModel, {
    description:
      'The signed-in applicant’s application as it changes (graphql-ws only). The first event comes once the subscription is registered: the current state, read again.',
    // Own applications only: the service authorises again on every event.
    resolve: rereadOnEachEvent(async (resolver: ResidencyLiveResolver, actor, args: { id: string }) =>
      ResidencyApplicationModel.from(await resolver.applications.getMine(actor, args.id)),
    ),
  })
  @Authenticated()
  async residencyApplicationChanged(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphqlContext,
  ): Promise<AsyncIterableIterator<LiveEvent<ResidencyApplicationChanged>>> {
    await this.applications.getMine(actor, id); // someone else's (or no) application: NOT_FOUND, nothing to listen to
    return this.live.events<ResidencyApplicationChanged>(RESIDENCY_APPLICATION_CHANGED, {
      accepts: (payload): payload is typeof payload & ResidencyApplicationChanged =>
        isResidencyApplicationChanged(payload) && payload.accountId === actor.accountId && payload.applicationId === id,
      stillAllowed: whileSignedInAnd(context, async () => true),
      catchUp: true,
    });
  }
}

import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import type { GraphqlContext } from '../../common/graphql-context.js';
import { LiveUpdates, rereadOnEachEvent, whileSignedInAnd, type LiveEvent } from '../../common/live-updates/index.js';
import { CompanyAccess } from '../company-access.service.js';
import { OnboardingJourneyModel } from '../models/journey.models.js';
import { COMPANY_JOURNEY_CHANGED, isCompanyJourneyChanged, type CompanyJourneyChanged } from './journey-live.js';
import { OnboardingJourneyService } from './onboarding-journey.service.js';

/** The founder's dashboard updates the moment a step's state changes (a staff decision, a paid fee, …), without polling. */
@Resolver(() => OnboardingJourneyModel)
export class JourneyLiveResolver {
  constructor(
    private readonly live: LiveUpdates,
    private readonly access: CompanyAccess,
    private readonly journeys: OnboardingJourneyService,
  ) {}

  @Subscription(() => OnboardingJourneyModel, {
    description:
      'Representatives: the company’s onboarding journey as its steps change (graphql-ws only). The first event comes once the subscription is registered: the current journey, read again.',
    resolve: rereadOnEachEvent(async (resolver: JourneyLiveResolver, actor, args: { companyId: string }) =>
      OnboardingJourneyModel.from(await resolver.journeys.view(actor, args.companyId)),
    ),
  })
  @Authenticated()
  async companyJourneyChanged(
    @CurrentActor() actor: Actor,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Context() context: GraphqlContext,
  ): Promise<AsyncIterableIterator<LiveEvent<CompanyJourneyChanged>>> {
    const isRepresentative = (someone: Actor) =>
      this.access.requireRepresentative(someone, companyId).then(
        () => true,
        () => false,
      );
    // Representatives only (staff read journeys audited, one by one): anyone else's company is NOT_FOUND.
    await this.access.requireRepresentative(actor, companyId);
    return this.live.events<CompanyJourneyChanged>(COMPANY_JOURNEY_CHANGED, {
      accepts: (payload): payload is typeof payload & CompanyJourneyChanged =>
        isCompanyJourneyChanged(payload) && payload.companyId === companyId,
      // Removed as a representative: the subscription ends.
      stillAllowed: whileSignedInAnd(context, isRepresentative),
      catchUp: true,
    });
  }
}

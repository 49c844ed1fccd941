import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { LiveUpdates, rereadOnEachEvent, whileSignedInAnd, type LiveEvent } from '../common/live-updates/index.js';
import { TradeRegistrationModel } from './models/trade-registration.model.js';
import { isTradeRegistrationChanged, TRADE_REGISTRATION_CHANGED, type TradeRegistrationChanged } from './trade-registration-live.js';
import { TradeRegistrationService } from './trade-registration.service.js';

/** The trade registration page updates the moment the office decides (or the fee is in), without polling. */
@Resolver(() => TradeRegistrationModel)
export class TradeRegistrationLiveResolver {
  constructor(
    private readonly live: LiveUpdates,
    private readonly registrations: TradeRegistrationService,
  ) {}

  @Subscription(() => [TradeRegistrationModel], {
    description:
      'Representatives: the company’s trade registrations, newest first, each time one changes (graphql-ws only). The first event comes once the subscription is registered: the current state, read again.',
    // Representatives of the company only: the service authorises again on every event.
    resolve: rereadOnEachEvent(async (resolver: TradeRegistrationLiveResolver, actor, args: { companyId: string }) =>
      (await resolver.registrations.listFor(actor, args.companyId)).map(TradeRegistrationModel.from),
    ),
  })
  @Authenticated()
  async tradeRegistrationsChanged(
    @CurrentActor() actor: Actor,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Context() context: GraphqlContext,
  ): Promise<AsyncIterableIterator<LiveEvent<TradeRegistrationChanged>>> {
    // Anyone but the company's representatives: NOT_FOUND, nothing to listen to.
    if (!(await this.registrations.mayFollow(actor, companyId))) throw DomainException.notFound();
    return this.live.events<TradeRegistrationChanged>(TRADE_REGISTRATION_CHANGED, {
      accepts: (payload): payload is typeof payload & TradeRegistrationChanged =>
        isTradeRegistrationChanged(payload) && payload.companyId === companyId,
      // No longer a representative: the subscription ends.
      stillAllowed: whileSignedInAnd(context, (someone) => this.registrations.mayFollow(someone, companyId)),
      catchUp: true,
    });
  }
}

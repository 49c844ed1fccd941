import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { AppointmentOffice } from '../appointments/index.js';
import { AccountOrTerminal, Authenticated, CurrentActor, CurrentCaller, type Caller } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { isResync, liveSessionOf, LiveUpdates, requireLiveEvent, stillSignedIn, type LiveEvent } from '../common/live-updates/index.js';
import { CallerPresence } from './caller-presence.js';
import { ConsultationsException } from './consultations.exception.js';
import { TalkNowAvailabilityModel, TalkNowDeskModel, TalkNowRequestModel, TalkNowUpdateModel } from './talk-now.models.js';
import { concernsCaller, isTalkNowChange, TALK_NOW_CHANNEL, TalkNowService, type TalkNowChange } from './talk-now.service.js';

function update(event: LiveEvent<TalkNowChange> | undefined): TalkNowUpdateModel {
  const change = requireLiveEvent(event);
  if (isResync(change)) return { requestId: null, status: null, resync: true };
  return { requestId: change.requestId, status: change.status, resync: false };
}

/**
 * "Talk now": thin; the service authorises (someone else's request is NOT_FOUND, the queue is for the office's staff).
 * Callers are accounts, or a self-service terminal where nobody signed in (its "call staff" button).
 */
@Resolver(() => TalkNowRequestModel)
export class TalkNowResolver {
  constructor(
    private readonly talkNow: TalkNowService,
    private readonly live: LiveUpdates,
    private readonly presence: CallerPresence,
  ) {}

  @Query(() => TalkNowAvailabilityModel, { description: 'Whether someone of the office is on duty to talk now, and how many wait.' })
  @AccountOrTerminal()
  async talkNowAvailability(@Args('office', { type: () => AppointmentOffice }) office: AppointmentOffice) {
    return TalkNowAvailabilityModel.from(await this.talkNow.availability(office));
  }

  @Mutation(() => TalkNowRequestModel, {
    description: 'Join the office’s talk-now queue (one’s waiting request again if there is one; NOBODY_ON_DUTY when no one is).',
  })
  @AccountOrTerminal()
  async requestTalkNow(@CurrentCaller() caller: Caller, @Args('office', { type: () => AppointmentOffice }) office: AppointmentOffice) {
    return TalkNowRequestModel.from(await this.talkNow.request(caller, office));
  }

  @Query(() => TalkNowRequestModel, { description: 'One of my talk-now requests (another person’s id is NOT_FOUND).' })
  @AccountOrTerminal()
  async myTalkNowRequest(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return TalkNowRequestModel.from(await this.talkNow.mine(caller, id));
  }

  @Mutation(() => TalkNowRequestModel, { description: 'Leave the queue or end the call (caller), or end one’s call (staff).' })
  @AccountOrTerminal()
  async cancelTalkNow(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return TalkNowRequestModel.from(await this.talkNow.leave(caller, id));
  }

  @Query(() => TalkNowDeskModel, { description: 'Staff: my duty and the talk-now queue of my office.' })
  @Authenticated()
  async talkNowDesk(@CurrentActor() actor: Actor, @Args('office', { type: () => AppointmentOffice }) office: AppointmentOffice) {
    return TalkNowDeskModel.from(await this.talkNow.desk(actor, office));
  }

  @Mutation(() => TalkNowDeskModel, { description: 'Staff: go on duty (repeat as a heartbeat) or off duty (ends my call).' })
  @Authenticated()
  async setTalkNowDuty(
    @CurrentActor() actor: Actor,
    @Args('office', { type: () => AppointmentOffice }) office: AppointmentOffice,
    @Args('onDuty') onDuty: boolean,
  ) {
    return TalkNowDeskModel.from(await this.talkNow.setDuty(actor, office, onDuty));
  }

  @Mutation(() => TalkNowRequestModel, {
    nullable: true,
    description: 'Staff on duty: take the next caller of my office (null when nobody waits); my previous call ends.',
  })
  @Authenticated()
  async takeNextTalkNowCaller(@CurrentActor() actor: Actor, @Args('office', { type: () => AppointmentOffice }) office: AppointmentOffice) {
    const taken = await this.talkNow.takeNext(actor, office);
    return taken ? TalkNowRequestModel.of(taken) : null;
  }

  @Subscription(() => TalkNowUpdateModel, {
    description: 'Changes of my talk-now request (graphql-ws only); the first event (resync) comes once registered.',
    resolve: update,
  })
  @AccountOrTerminal()
  async talkNowRequestChanged(
    @CurrentCaller() caller: Caller,
    @Context() context: GraphqlContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AsyncIterableIterator<LiveEvent<TalkNowChange>>> {
    const stillThere = this.presence.whileThere(caller, context);
    const { request } = await this.talkNow.mine(caller, id);
    return this.live.events<TalkNowChange>(TALK_NOW_CHANNEL, {
      accepts: (payload): payload is typeof payload & TalkNowChange =>
        isTalkNowChange(payload) && payload.requestId === request.id && concernsCaller(payload, caller),
      stillAllowed: stillThere,
      catchUp: true,
    });
  }

  @Subscription(() => TalkNowUpdateModel, {
    description: 'Staff: changes of my office’s talk-now queue (graphql-ws only); the first event (resync) comes once registered.',
    resolve: update,
  })
  @Authenticated()
  talkNowQueueChanged(
    @CurrentActor() actor: Actor,
    @Context() context: GraphqlContext,
    @Args('office', { type: () => AppointmentOffice }) office: AppointmentOffice,
  ): AsyncIterableIterator<LiveEvent<TalkNowChange>> {
    const session = liveSessionOf(context);
    if (!this.talkNow.mayWatch(actor, office)) throw ConsultationsException.notStaff();
    const signedIn = stillSignedIn(session, context.req);
    return this.live.events<TalkNowChange>(TALK_NOW_CHANNEL, {
      accepts: (payload): payload is typeof payload & TalkNowChange =>
        isTalkNowChange(payload) && payload.office === office && this.talkNow.mayWatch(context.req.user ?? actor, office),
      stillAllowed: async () => (await signedIn()) && this.talkNow.mayWatch(context.req.user ?? actor, office),
      catchUp: true,
    });
  }
}

import { Args, Context, ID, Mutation, Resolver, Subscription } from '@nestjs/graphql';
import { AccountOrTerminal, Authenticated, CurrentActor, CurrentCaller, type Caller } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { isResync, LiveUpdates, requireLiveEvent, type LiveEvent } from '../common/live-updates/index.js';
import { CallerPresence } from './caller-presence.js';
import { participantIdOf } from './consultation-caller.js';
import {
  AssembledSignals,
  ConsultationSignalKind,
  isSignalPart,
  roomChannel,
  type ConsultationSignal,
  type ConsultationSignalPart,
} from './consultation-signals.js';
import { ConsultationRoomModel, ConsultationSignalEventKind, ConsultationSignalModel } from './consultations.models.js';
import { ConsultationsService } from './consultations.service.js';
import { talkNowRoomId } from './talk-now.service.js';

/** Video consultations: thin; the service authorises (someone else's booking is NOT_FOUND, a foreign token FORBIDDEN). */
@Resolver(() => ConsultationSignalModel)
export class ConsultationsResolver {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly live: LiveUpdates,
    private readonly presence: CallerPresence,
  ) {}

  @Mutation(() => ConsultationRoomModel, {
    description: 'Enter the video room of one’s own video appointment (booker or assigned staff; from 10 minutes before the start).',
  })
  @Authenticated()
  async joinConsultationRoom(@CurrentActor() actor: Actor, @Args('bookingId', { type: () => ID }) bookingId: string) {
    return ConsultationRoomModel.from(await this.consultations.join({ actor }, bookingId));
  }

  @Mutation(() => ConsultationRoomModel, {
    description:
      'Enter the video room of a talk-now call one is in (its caller, account or terminal, or the staff member who took it); the room id is `now-<callId>`.',
  })
  @AccountOrTerminal()
  async joinTalkNowRoom(@CurrentCaller() caller: Caller, @Args('callId', { type: () => ID }) callId: string) {
    return ConsultationRoomModel.from(await this.consultations.join(caller, talkNowRoomId(callId)));
  }

  @Mutation(() => Boolean, { description: 'Relay a signal to the other participant of the room (not stored).' })
  @AccountOrTerminal()
  async sendConsultationSignal(
    @CurrentCaller() caller: Caller,
    @Args('roomToken') roomToken: string,
    @Args('kind', { type: () => ConsultationSignalKind }) kind: ConsultationSignalKind,
    @Args('payload', { type: () => String, nullable: true }) payload?: string | null,
  ): Promise<boolean> {
    await this.consultations.send(caller, roomToken, kind, payload);
    return true;
  }

  @Subscription(() => ConsultationSignalModel, {
    description: 'The other participant’s signals in the room the token admits to (graphql-ws only).',
    resolve(event: LiveEvent<ConsultationSignal> | undefined) {
      const signal = requireLiveEvent(event);
      if (isResync(signal)) return { kind: ConsultationSignalEventKind.resync, payload: '', sentAt: new Date() };
      return { kind: signal.kind as unknown as ConsultationSignalEventKind, payload: signal.payload, sentAt: new Date(signal.sentAt) };
    },
  })
  @AccountOrTerminal()
  async consultationSignals(
    @CurrentCaller() caller: Caller,
    @Context() context: GraphqlContext,
    @Args('roomToken') roomToken: string,
  ): Promise<AsyncIterableIterator<LiveEvent<ConsultationSignal>>> {
    const stillThere = this.presence.whileThere(caller, context);
    const room = await this.consultations.enter(caller, roomToken);
    const participant = participantIdOf(caller);
    const parts = this.live.events<ConsultationSignalPart>(roomChannel(room.bookingId), {
      // This room only, and never one's own signals.
      accepts: (payload): payload is typeof payload & ConsultationSignalPart =>
        isSignalPart(payload) && payload.bookingId === room.bookingId && payload.from !== participant,
      stillAllowed: async () => this.consultations.stillOpen(room) && (await stillThere()),
      // The first event (`resync`) says "listening now": the client says hello only then, so two people
      // entering at once cannot both greet before the other listens and then wait for ever.
      catchUp: true,
    });
    return new AssembledSignals(parts);
  }
}

import type { Type } from '@nestjs/common';
import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { ParticipationEvent, ParticipationEventRegistration } from './events.entities.js';
import { ParticipationEventInput } from './events.inputs.js';
import {
  ParticipationCheckInEntryModel,
  ParticipationCheckInResultModel,
  ParticipationEventModel,
  ParticipationEventRegistrationModel,
} from './events.models.js';
import { EventsService } from './events.service.js';

/** Events: thin; the service authorises (communication staff write; residents in the audience register). */
@Resolver(() => ParticipationEventModel)
export class EventsResolver {
  constructor(private readonly events: EventsService) {}

  /** Events with their counts and the reader's own registration: three statements for any number of events. */
  private async models(
    actor: Actor,
    events: ParticipationEvent[],
    ownRegistrations?: ParticipationEventRegistration[],
  ): Promise<ParticipationEventModel[]> {
    const staff = this.events.isCommunicationStaff(actor);
    const ids = events.map((event) => event.id);
    const [counts, own] = await Promise.all([this.events.countsOf(ids), ownRegistrations ?? this.events.ownRegistrations(actor.accountId)]);
    const mine = new Map(
      own.filter((registration) => ids.includes(registration.eventId)).map((registration) => [registration.eventId, registration]),
    );
    const positions = await this.events.waitingPositionsOf(
      [...mine.values()].filter((registration) => registration.status === 'waiting').map((registration) => registration.id),
    );
    return events.map((event) => {
      const registration = mine.get(event.id);
      const count = counts.get(event.id)!;
      return ParticipationEventModel.from(
        event,
        actor.language,
        staff ? count : { ...count, checkedInCount: 0 },
        registration ? ParticipationEventRegistrationModel.from(registration, positions.get(registration.id) ?? null) : null,
      );
    });
  }

  private async registrationModel(registration: ParticipationEventRegistration): Promise<ParticipationEventRegistrationModel> {
    const positions = await this.events.waitingPositionsOf([registration.id]);
    return ParticipationEventRegistrationModel.from(registration, positions.get(registration.id) ?? null);
  }

  @Query(() => [ParticipationEventModel], { description: 'Upcoming events the reader may register for, and those they registered for.' })
  @Authenticated()
  async participationEvents(@CurrentActor() actor: Actor) {
    const { events, own } = await this.events.residentEventsWithRegistrations(actor);
    return this.models(actor, events, own);
  }

  @Query(() => ParticipationEventModel, {
    description: 'One event (residents: in their audience or registered; another’s draft is NOT_FOUND).',
  })
  @Authenticated()
  async participationEvent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const [model] = await this.models(actor, [await this.events.event(actor, id)]);
    return model;
  }

  @Query(() => [ParticipationEventModel], { description: 'Communication staff: every event, drafts too.' })
  @Authenticated()
  async staffParticipationEvents(@CurrentActor() actor: Actor) {
    return this.models(actor, await this.events.staffEvents(actor));
  }

  @Query(() => [ParticipationEventRegistrationModel], {
    description: 'Communication staff: registrations, waiting list (in order) and attendance.',
  })
  @Authenticated()
  async participationEventRegistrations(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string) {
    return (await this.events.registrations(actor, eventId)).map(({ registration, waitingPosition, email }) =>
      ParticipationEventRegistrationModel.from(registration, waitingPosition, email),
    );
  }

  @Query(() => [ParticipationCheckInEntryModel], {
    description: 'Communication staff: the door’s list of confirmed registrants (for offline check-in).',
  })
  @Authenticated()
  async participationEventCheckInList(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string) {
    return this.events.checkInList(actor, eventId);
  }

  @Mutation(() => ParticipationEventModel, { description: 'Communication staff: a new event (a draft).' })
  @Authenticated()
  async createParticipationEvent(@CurrentActor() actor: Actor, @Args('input') input: ParticipationEventInput) {
    const [model] = await this.models(actor, [await this.events.create(actor, input)]);
    return model;
  }

  @Mutation(() => ParticipationEventModel, {
    description: 'Communication staff: change an event; people holding a seat are told when time or place change.',
  })
  @Authenticated()
  async updateParticipationEvent(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ParticipationEventInput,
  ) {
    const [model] = await this.models(actor, [await this.events.update(actor, id, input)]);
    return model;
  }

  @Mutation(() => ParticipationEventModel, { description: 'Communication staff: publish a draft (audited).' })
  @Authenticated()
  async publishParticipationEvent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const [model] = await this.models(actor, [await this.events.publish(actor, id)]);
    return model;
  }

  @Mutation(() => ParticipationEventModel, { description: 'Communication staff: cancel an event; everyone registered or waiting is told.' })
  @Authenticated()
  async cancelParticipationEvent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const [model] = await this.models(actor, [await this.events.cancel(actor, id)]);
    return model;
  }

  @Mutation(() => ParticipationEventRegistrationModel, { description: 'Register with one click: a seat, or the waiting list when full.' })
  @Authenticated()
  async registerForParticipationEvent(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string) {
    return this.registrationModel(await this.events.register(actor, eventId));
  }

  @Mutation(() => ParticipationEventRegistrationModel, {
    description: 'Cancel one’s own registration; a freed seat goes to the next person waiting.',
  })
  @Authenticated()
  async cancelParticipationEventRegistration(
    @CurrentActor() actor: Actor,
    @Args('registrationId', { type: () => ID }) registrationId: string,
  ) {
    return this.registrationModel(await this.events.cancelRegistration(actor, registrationId));
  }

  @Mutation(() => ParticipationEventRegistrationModel, {
    description: 'Take the seat offered from the waiting list, before the offer expires.',
  })
  @Authenticated()
  async confirmParticipationEventSeat(@CurrentActor() actor: Actor, @Args('registrationId', { type: () => ID }) registrationId: string) {
    return this.registrationModel(await this.events.confirmSeat(actor, registrationId));
  }

  @Mutation(() => ParticipationCheckInResultModel, { description: 'Communication staff: check in the holder of a scanned citizen card.' })
  @Authenticated()
  async checkInParticipationEventCard(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('code') code: string,
  ) {
    return this.events.checkInByCard(actor, eventId, code);
  }

  @Mutation(() => ParticipationCheckInResultModel, {
    description: 'Communication staff: check in a registration by name from the list, or send a check-in made offline (with its time).',
  })
  @Authenticated()
  async checkInParticipationEventRegistration(
    @CurrentActor() actor: Actor,
    @Args('registrationId', { type: () => ID }) registrationId: string,
    @Args('checkedInAt', { type: () => GraphQLISODateTime, nullable: true }) checkedInAt?: Date | null,
  ) {
    return this.events.checkInRegistration(actor, registrationId, checkedInAt);
  }
}

/** The GraphQL resolvers of participation's events (collected in ../participation.resolvers.ts). */
export const EVENTS_RESOLVERS: Type[] = [EventsResolver];

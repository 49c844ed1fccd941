import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AudienceModel } from '../audience/audience.js';
import { eventText } from './event-texts.js';
import {
  ParticipationEventKind,
  ParticipationEventStatus,
  ParticipationRegistrationStatus,
  type ParticipationEvent,
  type ParticipationEventRegistration,
} from './events.entities.js';

@ObjectType('ParticipationEventTranslation')
export class ParticipationEventTranslationModel {
  @Field() language: string;
  @Field() title: string;
  @Field() description: string;
}

@ObjectType('ParticipationEventRegistration', {
  description: 'One person’s registration (the own one for residents; any for communication staff).',
})
export class ParticipationEventRegistrationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) eventId: string;
  @Field(() => ParticipationRegistrationStatus) status: ParticipationRegistrationStatus;
  @Field(() => Int, { nullable: true, description: 'Position on the waiting list (1 = next), when waiting.' })
  waitingPosition: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when an offered seat can be confirmed.' })
  offerExpiresAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) checkedInAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => String, { nullable: true, description: 'Staff only: the registrant’s e-mail address.' }) email: string | null;

  static from(registration: ParticipationEventRegistration, waitingPosition: number | null, email: string | null = null) {
    return Object.assign(new ParticipationEventRegistrationModel(), {
      id: registration.id,
      eventId: registration.eventId,
      status: registration.status,
      waitingPosition,
      offerExpiresAt: registration.offerExpiresAt,
      checkedInAt: registration.checkedInAt,
      createdAt: registration.createdAt,
      email,
    });
  }
}

@ObjectType('ParticipationEvent')
export class ParticipationEventModel {
  @Field(() => ID) id: string;
  @Field({ description: 'The title in the reader’s language, or the German one (see titleLanguage).' }) title: string;
  @Field({ description: 'The language `title` is in: the reader’s, or "de" when it falls back to German.' }) titleLanguage: string;
  @Field() description: string;
  @Field() descriptionLanguage: string;
  @Field() titleDe: string;
  @Field() descriptionDe: string;
  @Field(() => [ParticipationEventTranslationModel]) translations: ParticipationEventTranslationModel[];
  @Field(() => ParticipationEventKind) kind: ParticipationEventKind;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => GraphQLISODateTime) endsAt: Date;
  @Field(() => Int) capacity: number;
  @Field(() => GraphQLISODateTime) registrationDeadline: Date;
  @Field(() => ParticipationEventStatus) status: ParticipationEventStatus;
  @Field(() => Int, { description: 'The calendar SEQUENCE (raised by each change).' }) sequence: number;
  @Field(() => AudienceModel) audience: AudienceModel;
  @Field(() => Int, { description: 'Seats taken (confirmed and offered).' }) seatsTaken: number;
  @Field(() => Int) waitingCount: number;
  @Field(() => Int, { description: 'Staff only (0 for residents): people checked in.' }) checkedInCount: number;
  @Field(() => ParticipationEventRegistrationModel, { nullable: true, description: 'The reader’s own registration.' })
  myRegistration: ParticipationEventRegistrationModel | null;
  @Field({ description: 'Where the reader downloads the calendar file (.ics).' }) calendarUrl: string;

  static from(
    event: ParticipationEvent,
    language: string,
    counts: { seatsTaken: number; waitingCount: number; checkedInCount: number },
    myRegistration: ParticipationEventRegistrationModel | null,
  ): ParticipationEventModel {
    const title = eventText(event, 'title', language);
    const description = eventText(event, 'description', language);
    return Object.assign(new ParticipationEventModel(), {
      id: event.id,
      title: title.text,
      titleLanguage: title.language,
      description: description.text,
      descriptionLanguage: description.language,
      titleDe: event.titleDe,
      descriptionDe: event.descriptionDe,
      translations: Object.entries(event.translations ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, texts]) => ({ language: code, title: texts.title, description: texts.description })),
      kind: event.kind,
      place: event.place,
      onlineUrl: event.onlineUrl,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      capacity: event.capacity,
      registrationDeadline: event.registrationDeadline,
      status: event.status,
      sequence: event.sequence,
      audience: event.audience,
      ...counts,
      myRegistration,
      calendarUrl: `/api/participation/events/${event.id}/calendar.ics`,
    });
  }
}

@ObjectType('ParticipationCheckInResult', { description: 'What the door learns from a scanned card or a manual check-in.' })
export class ParticipationCheckInResultModel {
  @Field({ description: '"checked_in", "already_checked_in", "not_registered" or "invalid_card".' }) outcome: string;
  @Field(() => String, { nullable: true, description: 'Why a card was refused (the verification reason).' }) reason: string | null;
  @Field(() => ID, { nullable: true }) registrationId: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the person was checked in (now, or the earlier scan).' })
  checkedInAt: Date | null;
}

@ObjectType('ParticipationCheckInEntry', { description: 'One confirmed registrant, for the door’s offline list.' })
export class ParticipationCheckInEntryModel {
  @Field(() => ID) registrationId: string;
  @Field(() => [ID], { description: 'The registrant’s citizen card ids (what a scanned card names).' }) cardIds: string[];
  @Field() email: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) checkedInAt: Date | null;
}

import { graphql } from '../../gql';
import type {
  ParticipationCheckInEntryFieldsFragment,
  ParticipationEventFieldsFragment,
  ParticipationEventInput,
  ParticipationEventKind,
  ParticipationEventRegistrationFieldsFragment,
} from '../../gql/graphql';

export type ParticipationEvent = ParticipationEventFieldsFragment;
export type EventRegistration = ParticipationEventRegistrationFieldsFragment;
export type CheckInEntry = ParticipationCheckInEntryFieldsFragment;
export type EventInput = ParticipationEventInput;
export type EventKind = ParticipationEventKind;

export const EVENT_KINDS: EventKind[] = ['city_walk', 'talk', 'reception', 'other'];

export const EVENT_FIELDS = graphql(`
  fragment ParticipationEventFields on ParticipationEvent {
    id
    title
    titleLanguage
    description
    descriptionLanguage
    titleDe
    descriptionDe
    translations {
      language
      title
      description
    }
    kind
    place
    onlineUrl
    startsAt
    endsAt
    capacity
    registrationDeadline
    status
    sequence
    seatsTaken
    waitingCount
    checkedInCount
    calendarUrl
    audience {
      residents
      categories
      districts
      companies
    }
    myRegistration {
      id
      status
      waitingPosition
      offerExpiresAt
      checkedInAt
    }
  }
`);

export const REGISTRATION_FIELDS = graphql(`
  fragment ParticipationEventRegistrationFields on ParticipationEventRegistration {
    id
    eventId
    status
    waitingPosition
    offerExpiresAt
    checkedInAt
    createdAt
    email
  }
`);

export const CHECK_IN_ENTRY_FIELDS = graphql(`
  fragment ParticipationCheckInEntryFields on ParticipationCheckInEntry {
    registrationId
    cardIds
    email
    checkedInAt
  }
`);

export const PARTICIPATION_EVENTS = graphql(`
  query ParticipationEvents {
    participationEvents {
      ...ParticipationEventFields
    }
  }
`);

export const PARTICIPATION_EVENT = graphql(`
  query ParticipationEvent($id: ID!) {
    participationEvent(id: $id) {
      ...ParticipationEventFields
    }
  }
`);

export const STAFF_PARTICIPATION_EVENTS = graphql(`
  query StaffParticipationEvents {
    staffParticipationEvents {
      ...ParticipationEventFields
    }
  }
`);

export const PARTICIPATION_EVENT_REGISTRATIONS = graphql(`
  query ParticipationEventRegistrations($eventId: ID!) {
    participationEventRegistrations(eventId: $eventId) {
      ...ParticipationEventRegistrationFields
    }
  }
`);

export const PARTICIPATION_EVENT_CHECK_IN_LIST = graphql(`
  query ParticipationEventCheckInList($eventId: ID!) {
    participationEventCheckInList(eventId: $eventId) {
      ...ParticipationCheckInEntryFields
    }
  }
`);

export const CREATE_PARTICIPATION_EVENT = graphql(`
  mutation CreateParticipationEvent($input: ParticipationEventInput!) {
    createParticipationEvent(input: $input) {
      ...ParticipationEventFields
    }
  }
`);

export const UPDATE_PARTICIPATION_EVENT = graphql(`
  mutation UpdateParticipationEvent($id: ID!, $input: ParticipationEventInput!) {
    updateParticipationEvent(id: $id, input: $input) {
      ...ParticipationEventFields
    }
  }
`);

export const PUBLISH_PARTICIPATION_EVENT = graphql(`
  mutation PublishParticipationEvent($id: ID!) {
    publishParticipationEvent(id: $id) {
      ...ParticipationEventFields
    }
  }
`);

export const CANCEL_PARTICIPATION_EVENT = graphql(`
  mutation CancelParticipationEvent($id: ID!) {
    cancelParticipationEvent(id: $id) {
      ...ParticipationEventFields
    }
  }
`);

export const REGISTER_FOR_PARTICIPATION_EVENT = graphql(`
  mutation RegisterForParticipationEvent($eventId: ID!) {
    registerForParticipationEvent(eventId: $eventId) {
      ...ParticipationEventRegistrationFields
    }
  }
`);

export const CANCEL_PARTICIPATION_EVENT_REGISTRATION = graphql(`
  mutation CancelParticipationEventRegistration($registrationId: ID!) {
    cancelParticipationEventRegistration(registrationId: $registrationId) {
      ...ParticipationEventRegistrationFields
    }
  }
`);

export const CONFIRM_PARTICIPATION_EVENT_SEAT = graphql(`
  mutation ConfirmParticipationEventSeat($registrationId: ID!) {
    confirmParticipationEventSeat(registrationId: $registrationId) {
      ...ParticipationEventRegistrationFields
    }
  }
`);

export const CHECK_IN_PARTICIPATION_EVENT_CARD = graphql(`
  mutation CheckInParticipationEventCard($eventId: ID!, $code: String!) {
    checkInParticipationEventCard(eventId: $eventId, code: $code) {
      outcome
      reason
      registrationId
      email
      checkedInAt
    }
  }
`);

export const CHECK_IN_PARTICIPATION_EVENT_REGISTRATION = graphql(`
  mutation CheckInParticipationEventRegistration($registrationId: ID!, $checkedInAt: DateTime) {
    checkInParticipationEventRegistration(registrationId: $registrationId, checkedInAt: $checkedInAt) {
      outcome
      registrationId
      email
      checkedInAt
    }
  }
`);

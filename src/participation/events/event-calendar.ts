import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ParticipationEvent } from './events.entities.js';
import { eventText } from './event-texts.js';

/** The one UID of an event in every calendar file we send: updates and the cancellation replace it. */
export function eventUid(eventId: string): string {
  return `event-${eventId}@bochum-eresidency`;
}

export interface EventCalendarOptions {
  language: string;
  /** REQUEST (invitation or update) or CANCEL. Cancelled events always go out as CANCEL. */
  cancel?: boolean;
  organizerEmail: string;
  link: string;
}

/** The event as an iCalendar file (RFC 5545) in the reader's language; SEQUENCE follows the event's. */
export function eventCalendar(event: ParticipationEvent, options: EventCalendarOptions): string {
  const cancel = options.cancel || event.status === 'cancelled';
  const calendar = ical({
    prodId: { company: 'Stadt Bochum', product: 'bochum-eresidency', language: options.language.toUpperCase() },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const title = eventText(event, 'title', options.language).text;
  const description = eventText(event, 'description', options.language).text;
  calendar.createEvent({
    id: eventUid(event.id),
    sequence: event.sequence,
    start: event.startsAt,
    end: event.endsAt,
    stamp: new Date(),
    summary: title,
    description: [description, options.link].filter(Boolean).join('\n\n'),
    location: event.place ?? event.onlineUrl ?? undefined,
    url: event.onlineUrl ?? options.link,
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: 'Stadt Bochum', email: options.organizerEmail },
  });
  return calendar.toString();
}

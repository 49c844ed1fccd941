import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** The one UID of a booking in every calendar file: moves and the cancellation replace the entry. */
export function appointmentUid(bookingId: string): string {
  return `appointment-${bookingId}@bochum-eresidency`;
}

export interface AppointmentCalendarEntry {
  bookingId: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string | null;
  cancel: boolean;
  language: string;
  organizerEmail: string;
  link: string;
}

/** A booking as an iCalendar file (RFC 5545): METHOD:REQUEST, or METHOD:CANCEL with STATUS:CANCELLED. */
export function appointmentCalendar(entry: AppointmentCalendarEntry): string {
  const calendar = ical({
    prodId: { company: 'Stadt Bochum', product: 'bochum-eresidency', language: entry.language.toUpperCase() },
    method: entry.cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: appointmentUid(entry.bookingId),
    sequence: entry.sequence,
    start: entry.startsAt,
    end: entry.endsAt,
    stamp: new Date(),
    summary: entry.summary,
    description: [entry.description, entry.link].filter(Boolean).join('\n\n'),
    location: entry.location ?? undefined,
    url: entry.link,
    status: entry.cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: 'Stadt Bochum', email: entry.organizerEmail },
  });
  return calendar.toString();
}

/** A service's name in the reader's language, else German. */
export function serviceName(service: { names: Record<string, string> }, language: string): string {
  return (Object.hasOwn(service.names, language) ? service.names[language] : undefined) ?? service.names.de ?? '';
}

import { accountWithRoles, signedInAccount, uniqueEmail, STRONG_PASSWORD } from './accounts.js';
import { graphql } from './graphql.js';
import { parseCalendar } from './participation-events.js';
import type { TestApp } from './test-app.js';

export const BOOKING_FIELDS = `id serviceId office serviceName channel status startsAt endsAt bookerTimeZone place caseId sequence
  cancelReason cancelledByStaff bookerEmail staffAccountId staffEmail`;

/** A staff member of an office (citizens' office by default) with opening hours every day, all day. */
export async function officeStaff(app: TestApp, office = 'citizens_office', language = 'en') {
  const role = office === 'citizens_office' ? 'staff_citizens_office' : 'staff_economic_development';
  const staff = await accountWithRoles(app, [role], language);
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startsAt: '00:00', endsAt: '24:00' }));
  const set = await graphql<any>(
    app,
    'mutation($office: AppointmentOffice!, $hours: [AppointmentOpeningHoursInput!]!) { setMyAppointmentHours(office: $office, hours: $hours) { id } }',
    { office, hours },
    { token: staff.token },
  );
  if (set.errors) throw new Error(JSON.stringify(set.errors));
  return { ...staff, accountId: String(staff.account.id) };
}

export function serviceInput(overrides: Record<string, unknown> = {}) {
  return {
    office: 'citizens_office',
    names: [
      { language: 'de', name: 'Beratung zur Residency' },
      { language: 'en', name: 'Residency consultation' },
    ],
    durationMinutes: 30,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    seats: 1,
    minNoticeMinutes: 60,
    bookingWindowDays: 30,
    video: true,
    inPerson: true,
    place: 'Bürgerbüro, Willy-Brandt-Platz 2-6, 44777 Bochum',
    active: true,
    ...overrides,
  };
}

export async function createService(app: TestApp, token: string, overrides: Record<string, unknown> = {}) {
  const saved = await graphql<any>(
    app,
    'mutation($input: AppointmentServiceInput!) { saveAppointmentService(input: $input) { id name office seats durationMinutes } }',
    { input: serviceInput(overrides) },
    { token },
  );
  if (saved.errors) throw new Error(JSON.stringify(saved.errors));
  return saved.data.saveAppointmentService as { id: string; name: string };
}

export async function slotsOf(app: TestApp, token: string, serviceId: string, from: Date, days = 7) {
  const result = await graphql<any>(
    app,
    'query($serviceId: ID!, $from: DateTime!, $days: Int!) { appointmentSlots(serviceId: $serviceId, from: $from, days: $days) { startsAt endsAt freeSeats } }',
    { serviceId, from: from.toISOString(), days },
    { token },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.appointmentSlots as { startsAt: string; endsAt: string; freeSeats: number }[];
}

export function book(app: TestApp, token: string, input: Record<string, unknown>, language = 'en') {
  return graphql<any>(
    app,
    `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { ${BOOKING_FIELDS} } }`,
    { input },
    { token, language },
  );
}

/** A signed-in person (a founder abroad, a resident): no residency needed to book. */
export async function booker(app: TestApp, language = 'en') {
  const person = await signedInAccount(app, uniqueEmail('booker'), STRONG_PASSWORD, language);
  return { ...person, accountId: String(person.account.id) };
}

/** The calendar files of the e-mails of `template` sent to `email`, oldest first. */
export async function appointmentCalendars(app: TestApp, email: string, template: string) {
  const mails = (await app.mailbox.list(email)).filter((mail) => mail.template === template).reverse();
  const files = [];
  for (const mail of mails) {
    for (const attachment of await app.mailbox.attachments(mail.id)) {
      files.push(parseCalendar(Buffer.from(attachment.content, 'base64').toString('utf8')));
    }
  }
  return files;
}

/** The first slot at least `hoursAhead` hours from now. */
export function slotAfter(slots: { startsAt: string }[], hoursAhead: number) {
  const slot = slots.find((candidate) => new Date(candidate.startsAt).getTime() > Date.now() + hoursAhead * 3600_000);
  if (!slot) throw new Error('no slot');
  return slot.startsAt;
}

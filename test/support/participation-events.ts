import ICAL from 'ical.js';
import { accountWithRoles, signedInAccount, uniqueEmail, STRONG_PASSWORD } from './accounts.js';
import { grantResidency } from './cards.js';
import { graphql } from './graphql.js';
import type { TestApp } from './test-app.js';

export const EVENT_FIELDS = `id title titleLanguage description descriptionLanguage titleDe kind place onlineUrl startsAt endsAt capacity
  registrationDeadline status sequence seatsTaken waitingCount checkedInCount calendarUrl
  audience { residents categories districts companies } translations { language title description }
  myRegistration { id status waitingPosition offerExpiresAt checkedInAt }`;
export const REGISTRATION_FIELDS = 'id eventId status waitingPosition offerExpiresAt checkedInAt createdAt email';

/** A communication staff member (the role issue 15 added). */
export function communicationStaff(app: TestApp, language = 'en') {
  return accountWithRoles(app, ['staff_communication'], language);
}

/** A signed-in virtual resident (residency arranged in the database). */
export async function resident(app: TestApp, options: { categories?: string[]; district?: string; language?: string } = {}) {
  const person = await signedInAccount(app, uniqueEmail('resident'), STRONG_PASSWORD, options.language ?? 'en');
  await grantResidency(app, String(person.account.id), { categories: options.categories, district: options.district });
  return { ...person, accountId: String(person.account.id) };
}

const hours = (count: number) => new Date(Date.now() + count * 3600_000).toISOString();

/** A valid event input; override what a test is about. */
export function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    titleDe: 'Stadtrundgang durch Ehrenfeld',
    descriptionDe: 'Ein Spaziergang mit der Stadtführerin.',
    translations: [{ language: 'en', title: 'City walk through Ehrenfeld', description: 'A walk with the city guide.' }],
    kind: 'city_walk',
    place: 'Rathaus Bochum, Willy-Brandt-Platz 2-6, 44777 Bochum',
    onlineUrl: null,
    startsAt: hours(72),
    endsAt: hours(74),
    capacity: 10,
    audience: { residents: true, categories: [], districts: [], companies: false },
    registrationDeadline: hours(70),
    ...overrides,
  };
}

/** Creates and publishes an event as `staffToken`; returns it. */
export async function publishedEvent(app: TestApp, staffToken: string, overrides: Record<string, unknown> = {}) {
  const created = await graphql<any>(
    app,
    `
      mutation ($input: ParticipationEventInput!) {
        createParticipationEvent(input: $input) {
          id
        }
      }
    `,
    { input: eventInput(overrides) },
    { token: staffToken },
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const published = await graphql<any>(
    app,
    `mutation($id: ID!) { publishParticipationEvent(id: $id) { ${EVENT_FIELDS} } }`,
    { id: created.data.createParticipationEvent.id },
    { token: staffToken },
  );
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return published.data.publishParticipationEvent;
}

export function registerFor(app: TestApp, token: string, eventId: string) {
  return graphql<any>(
    app,
    `mutation($eventId: ID!) { registerForParticipationEvent(eventId: $eventId) { ${REGISTRATION_FIELDS} } }`,
    { eventId },
    { token },
  );
}

export function cancelRegistration(app: TestApp, token: string, registrationId: string) {
  return graphql<any>(
    app,
    `mutation($id: ID!) { cancelParticipationEventRegistration(registrationId: $id) { ${REGISTRATION_FIELDS} } }`,
    { id: registrationId },
    { token },
  );
}

export function confirmSeat(app: TestApp, token: string, registrationId: string) {
  return graphql<any>(
    app,
    `mutation($id: ID!) { confirmParticipationEventSeat(registrationId: $id) { ${REGISTRATION_FIELDS} } }`,
    { id: registrationId },
    { token },
  );
}

/** The first VEVENT of an .ics file and the calendar's METHOD, read with ical.js. */
export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(vevent.getFirstPropertyValue('uid')),
    sequence: Number(vevent.getFirstPropertyValue('sequence')),
    status: String(vevent.getFirstPropertyValue('status')),
    summary: String(vevent.getFirstPropertyValue('summary')),
    start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
  };
}

/** The calendar files of the e-mails of `template` sent to `email`, oldest first. */
export async function calendarsIn(app: TestApp, email: string, template: string) {
  const mails = (await app.mailbox.list(email)).filter((mail) => mail.template === template).reverse();
  const files = [];
  for (const mail of mails) {
    for (const attachment of await app.mailbox.attachments(mail.id)) {
      files.push(parseCalendar(Buffer.from(attachment.content, 'base64').toString('utf8')));
    }
  }
  return files;
}

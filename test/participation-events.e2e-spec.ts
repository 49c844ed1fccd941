import request from 'supertest';
import { countedStatements } from './support/statements.js';
import { EventsService } from '../src/participation/events/events.service.js';
import { graphql } from './support/graphql.js';
import { residentWithPhone } from './support/venues.js';
import {
  calendarsIn,
  cancelRegistration,
  communicationStaff,
  confirmSeat,
  EVENT_FIELDS,
  eventInput,
  parseCalendar,
  publishedEvent,
  registerFor,
  REGISTRATION_FIELDS,
  resident,
} from './support/participation-events.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: ParticipationEventInput!) { createParticipationEvent(input: $input) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ParticipationEventInput!) { updateParticipationEvent(id: $id, input: $input) { ${EVENT_FIELDS} } }`;
const EVENT = `query($id: ID!) { participationEvent(id: $id) { ${EVENT_FIELDS} } }`;
const EVENTS = `{ participationEvents { ${EVENT_FIELDS} } }`;
const REGISTRATIONS = `query($eventId: ID!) { participationEventRegistrations(eventId: $eventId) { ${REGISTRATION_FIELDS} } }`;
const CHECK_IN_CARD = `mutation($eventId: ID!, $code: String!) { checkInParticipationEventCard(eventId: $eventId, code: $code) { outcome reason registrationId email checkedInAt } }`;
const CHECK_IN_REGISTRATION = `mutation($id: ID!) { checkInParticipationEventRegistration(registrationId: $id) { outcome registrationId checkedInAt } }`;
const CHECK_IN_LIST = `query($eventId: ID!) { participationEventCheckInList(eventId: $eventId) { registrationId cardIds email checkedInAt } }`;

describe('participation: events', () => {
  let app: TestApp;
  let staff: Awaited<ReturnType<typeof communicationStaff>>;

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '0', STATUS_LIST_CACHE_SECONDS: '0' });
    staff = await communicationStaff(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('writing events', () => {
    it('refuses inconsistent input with localized field errors (English and German)', async () => {
      const input = eventInput({ endsAt: eventInput().startsAt, registrationDeadline: eventInput().endsAt, place: null });
      const english = await graphql<any>(app, CREATE, { input }, { token: staff.token });
      expect(english.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const fields = english.errors![0].extensions.details!.map((field: any) => field.field).sort();
      expect(fields).toEqual(['endsAt', 'place', 'registrationDeadline']);
      expect(JSON.stringify(english.errors![0].extensions.details)).toContain('The end must be after the start.');
      const germanStaff = await communicationStaff(app, 'de');
      const german = await graphql<any>(app, CREATE, { input: eventInput({ capacity: 0 }) }, { token: germanStaff.token });
      expect(german.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(german.errors![0].extensions)).toContain('Die Zahl der Plätze muss zwischen 1 und 10.000 liegen.');
    });

    it('lets only communication staff write, publish and cancel (residents: FORBIDDEN; citizens office staff: FORBIDDEN)', async () => {
      const person = await resident(app);
      const clerk = await (await import('./support/accounts.js')).accountWithRoles(app, ['staff_citizens_office']);
      for (const token of [person.token, clerk.token]) {
        const created = await graphql<any>(app, CREATE, { input: eventInput() }, { token });
        expect(created.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const event = await publishedEvent(app, staff.token);
      for (const operation of ['publishParticipationEvent', 'cancelParticipationEvent']) {
        const result = await graphql<any>(
          app,
          `mutation($id: ID!) { ${operation}(id: $id) { id } }`,
          { id: event.id },
          { token: person.token },
        );
        expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const updated = await graphql<any>(app, UPDATE, { id: event.id, input: eventInput() }, { token: clerk.token });
      expect(updated.errors![0].extensions.code).toBe('FORBIDDEN');
      for (const query of [REGISTRATIONS, CHECK_IN_LIST]) {
        const result = await graphql<any>(app, query, { eventId: event.id }, { token: person.token });
        expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const scan = await graphql<any>(app, CHECK_IN_CARD, { eventId: event.id, code: 'x' }, { token: person.token });
      expect(scan.errors![0].extensions.code).toBe('FORBIDDEN');
      const audit = await app.sql(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`, [event.id]);
      expect(audit.map((row) => row.action)).toEqual(['participation.event_created', 'participation.event_published']);
    });

    it('shows a resident texts in their language with a visible fallback to German', async () => {
      const event = await publishedEvent(app, staff.token);
      const english = await resident(app);
      const turkish = await resident(app, { language: 'tr' });
      const en = (await graphql<any>(app, EVENT, { id: event.id }, { token: english.token })).data.participationEvent;
      expect(en).toMatchObject({ title: 'City walk through Ehrenfeld', titleLanguage: 'en' });
      const tr = (await graphql<any>(app, EVENT, { id: event.id }, { token: turkish.token })).data.participationEvent;
      expect(tr).toMatchObject({ title: 'Stadtrundgang durch Ehrenfeld', titleLanguage: 'de' });
    });
  });

  describe('who may see and register', () => {
    it('hides drafts and events for other audiences (NOT_FOUND), and lists only mine', async () => {
      const formerOnly = await publishedEvent(app, staff.token, {
        audience: { residents: true, categories: ['former_resident'], districts: [], companies: false },
      });
      const draft = (await graphql<any>(app, CREATE, { input: eventInput() }, { token: staff.token })).data.createParticipationEvent;
      const student = await resident(app, { categories: ['student'] });
      const former = await resident(app, { categories: ['former_resident'] });
      for (const id of [formerOnly.id, draft.id]) {
        const seen = await graphql<any>(app, EVENT, { id }, { token: student.token });
        expect(seen.errors![0].extensions.code).toBe('NOT_FOUND');
        const registered = await registerFor(app, student.token, id);
        expect(registered.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      const studentList = (await graphql<any>(app, EVENTS, {}, { token: student.token })).data.participationEvents;
      expect(studentList.map((event: any) => event.id)).not.toContain(formerOnly.id);
      const formerList = (await graphql<any>(app, EVENTS, {}, { token: former.token })).data.participationEvents;
      expect(formerList.map((event: any) => event.id)).toContain(formerOnly.id);
      expect(formerList.map((event: any) => event.id)).not.toContain(draft.id);
      const unknown = await graphql<any>(app, EVENT, { id: '00000000-0000-4000-8000-000000000000' }, { token: former.token });
      expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('refuses registrations after the deadline, localized', async () => {
      const event = await publishedEvent(app, staff.token);
      await app.sql(`UPDATE participation_events SET registration_deadline = now() - interval '1 minute' WHERE id = $1`, [event.id]);
      const german = await resident(app, { language: 'de' });
      const refused = await registerFor(app, german.token, event.id);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_CLOSED' });
      expect(refused.errors![0].message).toBe('Die Anmeldung für diese Veranstaltung ist geschlossen.');
    });

    it('answers another resident’s registration id with NOT_FOUND (cancel and confirm)', async () => {
      const event = await publishedEvent(app, staff.token);
      const owner = await resident(app);
      const other = await resident(app);
      const registration = (await registerFor(app, owner.token, event.id)).data.registerForParticipationEvent;
      for (const call of [cancelRegistration, confirmSeat]) {
        const result = await call(app, other.token, registration.id);
        expect(result.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      const again = await registerFor(app, owner.token, event.id);
      expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });
      const [row] = await app.sql(`SELECT status FROM participation_event_registrations WHERE id = $1`, [registration.id]);
      expect(row.status).toBe('confirmed');
    });
  });

  describe('seats under concurrency', () => {
    it('gives 50 concurrent registrations for the last 10 seats exactly 10 seats and 40 waiting places, no duplicates', async () => {
      const event = await publishedEvent(app, staff.token, { capacity: 12 });
      for (let index = 0; index < 2; index += 1) {
        const early = await resident(app);
        expect((await registerFor(app, early.token, event.id)).data.registerForParticipationEvent.status).toBe('confirmed');
      }
      const people = [];
      for (let batch = 0; batch < 5; batch += 1) {
        people.push(...(await Promise.all(Array.from({ length: 10 }, () => resident(app)))));
      }
      // A burst of 50 at once. Under load the server may answer BUSY (RATE_LIMITED) rather than wait
      // without bound; a client tries again, as the page does.
      const attempt = async (token: string): Promise<any> => {
        for (;;) {
          const response = await registerFor(app, token, event.id);
          if (response.errors?.[0]?.extensions.reason !== 'BUSY') return response;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      };
      const responses = await Promise.all(people.map((person) => attempt(person.token)));
      expect(responses.filter((response) => response.errors)).toEqual([]);
      const succeeded = responses.map((response) => response.data.registerForParticipationEvent);
      expect(succeeded.filter((registration) => registration.status === 'confirmed')).toHaveLength(10);
      // Clicking again, all at once: the one registration per person stands.
      const again = await Promise.all(people.map((person) => attempt(person.token)));
      expect(again.map((response) => response.errors?.[0]?.extensions.reason)).toEqual(Array(50).fill('ALREADY_REGISTERED'));
      const rows = await app.sql<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM participation_event_registrations WHERE event_id = $1 GROUP BY status ORDER BY status`,
        [event.id],
      );
      expect(Object.fromEntries(rows.map((row) => [row.status, row.n]))).toEqual({ confirmed: 12, waiting: 40 });
      const [{ distinct }] = await app.sql<{ distinct: number }>(
        `SELECT count(DISTINCT account_id)::int AS distinct FROM participation_event_registrations WHERE event_id = $1`,
        [event.id],
      );
      expect(distinct).toBe(52);
      const positions = succeeded
        .filter((registration) => registration.status === 'waiting')
        .map((registration) => registration.waitingPosition);
      expect(new Set(positions).size).toBe(40);
    }, 120_000);
  });

  describe('the waiting list', () => {
    it('moves up on cancel, offers the seat with a deadline, and passes an expired offer on', async () => {
      const event = await publishedEvent(app, staff.token, { capacity: 2 });
      const [a, b, c, d] = await Promise.all([resident(app), resident(app), resident(app), resident(app)]);
      const ra = (await registerFor(app, a.token, event.id)).data.registerForParticipationEvent;
      const rb = (await registerFor(app, b.token, event.id)).data.registerForParticipationEvent;
      const rc = (await registerFor(app, c.token, event.id)).data.registerForParticipationEvent;
      const rd = (await registerFor(app, d.token, event.id)).data.registerForParticipationEvent;
      expect([ra.status, rb.status, rc.status, rd.status]).toEqual(['confirmed', 'confirmed', 'waiting', 'waiting']);
      expect([rc.waitingPosition, rd.waitingPosition]).toEqual([1, 2]);

      expect((await confirmSeat(app, c.token, rc.id)).errors![0].extensions.reason).toBe('NO_OFFER');
      expect((await cancelRegistration(app, a.token, ra.id)).data.cancelParticipationEventRegistration.status).toBe('cancelled');
      const offered = (await graphql<any>(app, EVENT, { id: event.id }, { token: c.token })).data.participationEvent.myRegistration;
      expect(offered.status).toBe('offered');
      expect(new Date(offered.offerExpiresAt).getTime()).toBeLessThanOrEqual(new Date(event.registrationDeadline).getTime());
      const offerMail = (await app.mailbox.list(c.email)).find((mail) => mail.template === 'participationEvents.seat_offered');
      // The title is staff's English translation for this English reader (German where none exists).
      expect(offerMail?.subject).toBe('A seat for you: City walk through Ehrenfeld');
      const [notice] = await app.sql(`SELECT kind, link FROM in_app_notifications WHERE account_id = $1 AND kind = $2`, [
        c.accountId,
        'participationEvents.seat_offered',
      ]);
      expect(notice).toEqual({ kind: 'participationEvents.seat_offered', link: `/events/${event.id}` });
      expect(
        (await graphql<any>(app, EVENT, { id: event.id }, { token: d.token })).data.participationEvent.myRegistration.waitingPosition,
      ).toBe(1);

      expect((await confirmSeat(app, c.token, rc.id)).data.confirmParticipationEventSeat.status).toBe('confirmed');
      expect((await calendarsIn(app, c.email, 'participationEvents.registered'))[0]).toMatchObject({ method: 'REQUEST' });

      // B cancels: D is offered the seat, lets it expire; the job passes it on (nobody else waits) and tells D.
      await cancelRegistration(app, b.token, rb.id);
      const [offerToD] = await app.sql(`SELECT status, offer_expires_at FROM participation_event_registrations WHERE id = $1`, [rd.id]);
      expect(offerToD.status).toBe('offered');
      const e = await resident(app);
      const re = (await registerFor(app, e.token, event.id)).data.registerForParticipationEvent;
      expect(re).toMatchObject({ status: 'waiting', waitingPosition: 1 });
      const expired = await app.app
        .get(EventsService)
        .expireOffers(new Date(new Date(offerToD.offer_expires_at as string).getTime() + 1000));
      expect(expired).toBe(1);
      const states = await app.sql(
        `SELECT id, status FROM participation_event_registrations WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
        [[rd.id, re.id]],
      );
      expect(states.map((row) => row.status)).toEqual(['cancelled', 'offered']);
      expect((await confirmSeat(app, d.token, rd.id)).errors![0].extensions.reason).toBe('NO_OFFER');
      const lapsed = await app.sql(
        `SELECT 1 FROM in_app_notifications WHERE account_id = $1 AND kind = 'participationEvents.offer_expired'`,
        [d.accountId],
      );
      expect(lapsed).toHaveLength(1);

      const list = (await graphql<any>(app, REGISTRATIONS, { eventId: event.id }, { token: staff.token })).data
        .participationEventRegistrations;
      expect(list.map((row: any) => row.status)).toEqual(['confirmed', 'offered', 'cancelled', 'cancelled', 'cancelled']);
      expect(list[0].email).toBe(c.email);
    });
  });

  describe('calendar files', () => {
    it('parse with ical.js, keep their UID across an update (SEQUENCE rises) and cancel with METHOD:CANCEL', async () => {
      const event = await publishedEvent(app, staff.token);
      const person = await resident(app);
      await registerFor(app, person.token, event.id);
      const [first] = await calendarsIn(app, person.email, 'participationEvents.registered');
      expect(first).toMatchObject({
        method: 'REQUEST',
        uid: `event-${event.id}@bochum-eresidency`,
        sequence: 0,
        status: 'CONFIRMED',
        summary: 'City walk through Ehrenfeld',
        start: new Date(Math.floor(new Date(event.startsAt).getTime() / 1000) * 1000).toISOString(),
      });

      const later = new Date(Math.floor(new Date(event.startsAt).getTime() / 1000) * 1000 + 3600_000).toISOString();
      const updated = await graphql<any>(
        app,
        UPDATE,
        { id: event.id, input: eventInput({ startsAt: later, endsAt: new Date(new Date(later).getTime() + 7200_000).toISOString() }) },
        { token: staff.token },
      );
      expect(updated.data.updateParticipationEvent.sequence).toBe(1);
      const [update] = await calendarsIn(app, person.email, 'participationEvents.updated');
      expect(update).toMatchObject({ method: 'REQUEST', uid: first.uid, sequence: 1, start: later });

      const download = await request(app.http)
        .get(`/api/participation/events/${event.id}/calendar.ics`)
        .set('authorization', `Bearer ${person.token}`);
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toContain('text/calendar');
      expect(parseCalendar(download.text)).toMatchObject({ uid: first.uid, sequence: 1 });
      const outsider = await resident(app, { categories: ['commuter'] });
      await app.sql(
        `UPDATE participation_events SET audience = '{"residents": true, "categories": ["student"], "districts": [], "companies": false}' WHERE id = $1`,
        [event.id],
      );
      const refused = await request(app.http)
        .get(`/api/participation/events/${event.id}/calendar.ics`)
        .set('authorization', `Bearer ${outsider.token}`);
      expect(refused.status).toBe(404);

      const cancelled = await graphql<any>(
        app,
        `
          mutation ($id: ID!) {
            cancelParticipationEvent(id: $id) {
              status
              sequence
            }
          }
        `,
        { id: event.id },
        { token: staff.token },
      );
      expect(cancelled.data.cancelParticipationEvent).toEqual({ status: 'cancelled', sequence: 2 });
      const [cancel] = await calendarsIn(app, person.email, 'participationEvents.event_cancelled');
      expect(cancel).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: first.uid, sequence: 2 });
      const audit = await app.sql(`SELECT action FROM audit_events WHERE subject_id = $1 AND action = 'participation.event_cancelled'`, [
        event.id,
      ]);
      expect(audit).toHaveLength(1);
    });

    it('sends the reminder the day before once, with the calendar file', async () => {
      const event = await publishedEvent(app, staff.token, {
        startsAt: new Date(Date.now() + 20 * 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 22 * 3600_000).toISOString(),
        registrationDeadline: new Date(Date.now() + 10 * 3600_000).toISOString(),
      });
      const person = await resident(app);
      await registerFor(app, person.token, event.id);
      const service = app.app.get(EventsService);
      expect(await service.sendReminders()).toBeGreaterThanOrEqual(1);
      await service.sendReminders();
      const reminders = await calendarsIn(app, person.email, 'participationEvents.reminder');
      expect(reminders).toHaveLength(1);
      expect(reminders[0].uid).toBe(`event-${event.id}@bochum-eresidency`);
    });
  });

  describe('check-in at the door', () => {
    it('checks a registered card holder in once, refuses an unregistered card and a broken code', async () => {
      const event = await publishedEvent(app, staff.token);
      const guest = await residentWithPhone(app);
      const stranger = await residentWithPhone(app);
      const registration = (await registerFor(app, guest.token, event.id)).data.registerForParticipationEvent;

      const list = (await graphql<any>(app, CHECK_IN_LIST, { eventId: event.id }, { token: staff.token })).data
        .participationEventCheckInList;
      expect(list).toEqual([
        {
          registrationId: registration.id,
          cardIds: [guest.card.id, guest.card.number.replace(/\s/g, '')],
          email: guest.email,
          checkedInAt: null,
        },
      ]);

      const first = await graphql<any>(app, CHECK_IN_CARD, { eventId: event.id, code: await guest.present() }, { token: staff.token });
      expect(first.data.checkInParticipationEventCard).toMatchObject({
        outcome: 'checked_in',
        registrationId: registration.id,
        email: guest.email,
      });
      const second = await graphql<any>(app, CHECK_IN_CARD, { eventId: event.id, code: await guest.present() }, { token: staff.token });
      expect(second.data.checkInParticipationEventCard).toMatchObject({
        outcome: 'already_checked_in',
        checkedInAt: first.data.checkInParticipationEventCard.checkedInAt,
      });
      const manual = await graphql<any>(app, CHECK_IN_REGISTRATION, { id: registration.id }, { token: staff.token });
      expect(manual.data.checkInParticipationEventRegistration.outcome).toBe('already_checked_in');

      const refused = await graphql<any>(app, CHECK_IN_CARD, { eventId: event.id, code: await stranger.present() }, { token: staff.token });
      expect(refused.data.checkInParticipationEventCard).toMatchObject({ outcome: 'not_registered', registrationId: null });
      const broken = await graphql<any>(app, CHECK_IN_CARD, { eventId: event.id, code: 'not-a-card' }, { token: staff.token });
      expect(broken.data.checkInParticipationEventCard).toMatchObject({ outcome: 'invalid_card', reason: 'UNKNOWN_CARD' });

      const [{ count }] = await app.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM participation_event_registrations WHERE event_id = $1 AND checked_in_at IS NOT NULL`,
        [event.id],
      );
      expect(count).toBe(1);
      const unknown = await graphql<any>(
        app,
        CHECK_IN_REGISTRATION,
        { id: '00000000-0000-4000-8000-000000000000' },
        { token: staff.token },
      );
      expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('lists', () => {
    it('lists 30 events with counts and my registrations in a bounded number of statements', async () => {
      const person = await resident(app);
      for (let index = 0; index < 30; index += 1) {
        const event = await publishedEvent(app, staff.token);
        if (index % 3 === 0) await registerFor(app, person.token, event.id);
      }
      // Only each list request's own statements (its session check warmed; jobs running meanwhile not counted).
      const mine = await countedStatements(app, EVENTS, {}, person.token);
      expect(mine.data.participationEvents.length).toBeGreaterThanOrEqual(30);
      expect(mine.data.participationEvents.filter((event: any) => event.myRegistration).length).toBeGreaterThanOrEqual(10);
      expect(mine.statements.length).toBeLessThanOrEqual(8);
      const staffList = await countedStatements(app, `{ staffParticipationEvents { ${EVENT_FIELDS} } }`, {}, staff.token);
      expect(staffList.data.staffParticipationEvents.length).toBeGreaterThanOrEqual(30);
      expect(staffList.statements.length).toBeLessThanOrEqual(6);
    }, 60_000);
  });
});

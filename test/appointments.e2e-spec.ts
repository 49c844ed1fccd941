import { AppointmentsService } from '../src/appointments/appointments.service.js';
import { graphql } from './support/graphql.js';
import {
  appointmentCalendars,
  book,
  BOOKING_FIELDS,
  booker,
  createService,
  officeStaff,
  slotAfter,
  slotsOf,
} from './support/appointments.js';
import { countedStatements } from './support/statements.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const MY = `query($id: ID!) { myAppointment(id: $id) { ${BOOKING_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelAppointment(id: $id) { ${BOOKING_FIELDS} } }`;
const MOVE = `mutation($id: ID!, $startsAt: DateTime!) { moveAppointment(id: $id, startsAt: $startsAt) { ${BOOKING_FIELDS} } }`;
const DAY = `query($day: String!) { staffAppointmentDay(day: $day) { ${BOOKING_FIELDS} } }`;
const ATTENDANCE = `mutation($id: ID!, $attended: Boolean!) { markAppointmentAttendance(id: $id, attended: $attended) { id status } }`;
const STAFF_CANCEL = `mutation($id: ID!, $reason: String!) { staffCancelAppointment(id: $id, reason: $reason) { id status cancelReason } }`;
const BY_LINK = `query($token: String!) { appointmentByLink(token: $token) { id status startsAt } }`;
const CANCEL_BY_LINK = `mutation($token: String!) { cancelAppointmentByLink(token: $token) { id status sequence } }`;
const MOVE_BY_LINK = `mutation($token: String!, $startsAt: DateTime!) { moveAppointmentByLink(token: $token, startsAt: $startsAt) { id status startsAt sequence } }`;

const berlinDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));

describe('appointments: booking rules, e-mails, links and access', () => {
  let app: TestApp;
  let staff: Awaited<ReturnType<typeof officeStaff>>;

  beforeAll(async () => {
    app = await createTestApp();
    staff = await officeStaff(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('booking rules', () => {
    it('keeps minimum notice and the booking window, localized (English, German)', async () => {
      const service = await createService(app, staff.token, { minNoticeMinutes: 24 * 60, bookingWindowDays: 3 });
      const person = await booker(app);
      const slots = await slotsOf(app, person.token, service.id, new Date(), 7);
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) {
        expect(new Date(slot.startsAt).getTime()).toBeGreaterThanOrEqual(Date.now() + 24 * 3600_000 - 60_000);
        expect(new Date(slot.startsAt).getTime()).toBeLessThanOrEqual(Date.now() + 3 * 86_400_000 + 60_000);
      }
      const soon = new Date(Math.ceil((Date.now() + 2 * 3600_000) / 1_800_000) * 1_800_000).toISOString();
      const early = await book(app, person.token, { serviceId: service.id, startsAt: soon, channel: 'video', timeZone: 'Europe/Berlin' });
      expect(early.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(early.errors![0].extensions)).toContain('at the earliest 1440 minutes ahead');
      const far = new Date(Math.ceil((Date.now() + 5 * 86_400_000) / 1_800_000) * 1_800_000).toISOString();
      const german = await booker(app, 'de');
      const late = await book(app, german.token, { serviceId: service.id, startsAt: far, channel: 'video', timeZone: 'Europe/Berlin' });
      expect(late.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(late.errors![0].extensions)).toContain('höchstens 3 Tage');
      const offGrid = new Date(new Date(slots[0].startsAt).getTime() + 10 * 60_000).toISOString();
      const odd = await book(app, person.token, { serviceId: service.id, startsAt: offGrid, channel: 'video', timeZone: 'Europe/Berlin' });
      expect(odd.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const zone = await book(app, person.token, {
        serviceId: service.id,
        startsAt: slots[0].startsAt,
        channel: 'video',
        timeZone: 'Mars/Olympus',
      });
      expect(zone.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const inPersonOnly = await createService(app, staff.token, { video: false });
      const inPersonSlot = (await slotsOf(app, person.token, inPersonOnly.id, new Date()))[0].startsAt;
      const channel = await book(app, person.token, {
        serviceId: inPersonOnly.id,
        startsAt: inPersonSlot,
        channel: 'video',
        timeZone: 'Europe/Berlin',
      });
      expect(channel.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await app.sql('SELECT 1 FROM appointment_bookings WHERE booker_account_id = $1', [person.accountId])).toHaveLength(0);
    });

    it('keeps the buffers: another service cannot take the time after a booking', async () => {
      const localStaff = await officeStaff(app, 'economic_development');
      const long = await createService(app, localStaff.token, { office: 'economic_development', bufferAfterMinutes: 30 });
      const short = await createService(app, localStaff.token, { office: 'economic_development' });
      const person = await booker(app);
      const start = slotAfter(await slotsOf(app, person.token, long.id, new Date()), 3);
      const booked = await book(app, person.token, {
        serviceId: long.id,
        startsAt: start,
        channel: 'in_person',
        timeZone: 'Europe/Berlin',
      });
      expect(booked.errors).toBeUndefined();
      const shortSlots = (await slotsOf(app, person.token, short.id, new Date(start), 1)).map((slot) => slot.startsAt);
      const inBuffer = new Date(new Date(start).getTime() + 30 * 60_000).toISOString();
      const afterBuffer = new Date(new Date(start).getTime() + 60 * 60_000).toISOString();
      expect(shortSlots).not.toContain(start);
      expect(shortSlots).not.toContain(inBuffer);
      expect(shortSlots).toContain(afterBuffer);
      const other = await booker(app);
      const refused = await book(app, other.token, {
        serviceId: short.id,
        startsAt: inBuffer,
        channel: 'in_person',
        timeZone: 'Europe/Berlin',
      });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_TAKEN' });
      expect(refused.errors![0].message).toBe('This time has just been taken. Please choose another time.');
      // The database itself refuses an overlapping row of another service, whatever the application does.
      await expect(
        app.sql(
          `INSERT INTO appointment_bookings (service_id, office, staff_account_id, booker_account_id, channel, starts_at, ends_at, blocked_from, blocked_until)
           SELECT $1, 'economic_development', staff_account_id, $2, 'video', $3::timestamptz, $3::timestamptz + interval '30 minutes', $3::timestamptz, $3::timestamptz + interval '30 minutes'
             FROM appointment_bookings WHERE id = $4`,
          [short.id, other.accountId, inBuffer, booked.data.bookAppointment.id],
        ),
      ).rejects.toMatchObject({ code: '23P01', constraint: expect.stringMatching(/^EX_appointment_bookings_staff_/) });
    });

    it('gives a slot its seats, then refuses the next person (SLOT_TAKEN); a person cannot hold two appointments at once', async () => {
      const service = await createService(app, staff.token, { seats: 2 });
      const [first, second, third] = [await booker(app), await booker(app), await booker(app)];
      const start = slotAfter(await slotsOf(app, first.token, service.id, new Date()), 30);
      const seatsAt = async () =>
        (await slotsOf(app, first.token, service.id, new Date(start), 1)).find((slot) => slot.startsAt === start)?.freeSeats ?? 0;
      const before = await seatsAt();
      expect(before).toBeGreaterThanOrEqual(2);
      const input = { serviceId: service.id, startsAt: start, channel: 'video', timeZone: 'Europe/Berlin' };
      expect((await book(app, first.token, input)).errors).toBeUndefined();
      expect(await seatsAt()).toBe(before - 1);
      // The same person again, in the same slot: the booker exclusion says no.
      const twice = await book(app, first.token, input);
      expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OVERLAPPING_APPOINTMENT' });
      expect((await book(app, second.token, input)).errors).toBeUndefined();
      // Only one staff member (this one) offers the office's hours in this file's other tests too, so fill what is left.
      let free = await seatsAt();
      while (free > 0) {
        expect((await book(app, (await booker(app)).token, input)).errors).toBeUndefined();
        free = await seatsAt();
      }
      const refused = await book(app, third.token, input);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_TAKEN' });
    });

    it('offers no slots in time off', async () => {
      const away = await officeStaff(app, 'economic_development');
      await app.sql(`DELETE FROM appointment_opening_hours WHERE staff_account_id <> $1 AND office = 'economic_development'`, [
        away.accountId,
      ]);
      const service = await createService(app, away.token, { office: 'economic_development' });
      const person = await booker(app);
      const start = slotAfter(await slotsOf(app, person.token, service.id, new Date()), 48);
      const off = await graphql<any>(
        app,
        'mutation($input: AppointmentTimeOffInput!) { addMyAppointmentTimeOff(input: $input) { id } }',
        {
          input: {
            office: 'economic_development',
            startsAt: start,
            endsAt: new Date(new Date(start).getTime() + 2 * 3600_000).toISOString(),
            reason: 'Fortbildung',
          },
        },
        { token: away.token },
      );
      expect(off.errors).toBeUndefined();
      const slots = (await slotsOf(app, person.token, service.id, new Date(start), 1)).map((slot) => slot.startsAt);
      expect(slots).not.toContain(start);
      expect(slots).toContain(new Date(new Date(start).getTime() + 2 * 3600_000).toISOString());
      const refused = await book(app, person.token, {
        serviceId: service.id,
        startsAt: start,
        channel: 'video',
        timeZone: 'Europe/Berlin',
      });
      expect(refused.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('e-mails, calendar files and reminders', () => {
    it('confirms in the booker’s language with both times, and the .ics keeps its UID while SEQUENCE grows (move) until METHOD:CANCEL', async () => {
      const service = await createService(app, staff.token);
      const founder = await booker(app, 'de');
      const slots = await slotsOf(app, founder.token, service.id, new Date());
      const start = slotAfter(slots, 50);
      const booked = await book(app, founder.token, {
        serviceId: service.id,
        startsAt: start,
        channel: 'video',
        timeZone: 'America/New_York',
      });
      expect(booked.errors).toBeUndefined();
      const booking = booked.data.bookAppointment;
      expect(booking).toMatchObject({ bookerTimeZone: 'America/New_York', channel: 'video', status: 'booked', sequence: 0 });
      const [mail] = (await app.mailbox.list(founder.email)).filter((entry) => entry.template === 'appointments.confirmed');
      expect(mail.subject).toBe('Ihr Termin: Beratung zur Residency');
      const newYork = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/New_York', dateStyle: 'short', timeStyle: 'short' }).format(
        new Date(start),
      );
      expect(mail.text).toContain(`${newYork} (America/New_York)`);
      expect(mail.text).toContain('(Bochumer Zeit)');
      const uid = `appointment-${booking.id}@bochum-eresidency`;
      const [confirmed] = await appointmentCalendars(app, founder.email, 'appointments.confirmed');
      expect(confirmed).toMatchObject({ method: 'REQUEST', uid, sequence: 0, start });
      const later = slots.find((slot) => new Date(slot.startsAt).getTime() > new Date(start).getTime() + 3600_000)!.startsAt;
      const moved = await graphql<any>(app, MOVE, { id: booking.id, startsAt: later }, { token: founder.token });
      expect(moved.data.moveAppointment).toMatchObject({ id: booking.id, startsAt: later, sequence: 1, status: 'booked' });
      const [movedFile] = await appointmentCalendars(app, founder.email, 'appointments.moved');
      expect(movedFile).toMatchObject({ method: 'REQUEST', uid, sequence: 1, start: later });
      // The old time is free again.
      expect((await slotsOf(app, founder.token, service.id, new Date(start), 1)).map((slot) => slot.startsAt)).toContain(start);
      const cancelled = await graphql<any>(app, CANCEL, { id: booking.id }, { token: founder.token });
      expect(cancelled.data.cancelAppointment).toMatchObject({ status: 'cancelled', sequence: 2 });
      const [cancelFile] = await appointmentCalendars(app, founder.email, 'appointments.cancelled');
      expect(cancelFile).toMatchObject({ method: 'CANCEL', uid, sequence: 2, status: 'CANCELLED' });
      const again = await graphql<any>(app, CANCEL, { id: booking.id }, { token: founder.token });
      expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_CHANGEABLE' });
    });

    it('sends the reminders 24 h and 1 h before once each, however often the job runs', async () => {
      const service = await createService(app, staff.token);
      const person = await booker(app);
      const start = slotAfter(await slotsOf(app, person.token, service.id, new Date()), 72);
      const booked = await book(app, person.token, {
        serviceId: service.id,
        startsAt: start,
        channel: 'in_person',
        timeZone: 'Europe/Berlin',
      });
      expect(booked.errors).toBeUndefined();
      const jobs = app.app.get(AppointmentsService);
      const at = (hoursBefore: number) => new Date(new Date(start).getTime() - hoursBefore * 3600_000);
      await jobs.sendReminders(at(30));
      expect((await app.mailbox.list(person.email)).filter((mail) => mail.template.startsWith('appointments.reminder'))).toHaveLength(0);
      await Promise.all([jobs.sendReminders(at(23)), jobs.sendReminders(at(23))]);
      await jobs.sendReminders(at(22));
      await Promise.all([jobs.sendReminders(at(0.5)), jobs.sendReminders(at(0.5))]);
      await jobs.sendReminders(at(0.25));
      const mails = (await app.mailbox.list(person.email)).map((mail) => mail.template);
      expect(mails.filter((template) => template === 'appointments.reminder_day')).toHaveLength(1);
      expect(mails.filter((template) => template === 'appointments.reminder_hour')).toHaveLength(1);
      const [reminder] = await appointmentCalendars(app, person.email, 'appointments.reminder_hour');
      expect(reminder).toMatchObject({ method: 'REQUEST', uid: `appointment-${booked.data.bookAppointment.id}@bochum-eresidency` });
    });
  });

  describe('the link in the e-mail', () => {
    it('moves and cancels without signing in; a forged, foreign or expired link is refused', async () => {
      const service = await createService(app, staff.token);
      const person = await booker(app);
      const slots = await slotsOf(app, person.token, service.id, new Date());
      const start = slotAfter(slots, 40);
      const booked = await book(app, person.token, { serviceId: service.id, startsAt: start, channel: 'video', timeZone: 'Asia/Tokyo' });
      const id = booked.data.bookAppointment.id;
      const [mail] = (await app.mailbox.list(person.email)).filter((entry) => entry.template === 'appointments.confirmed');
      const token = decodeURIComponent(/token=([^\s&"]+)/.exec(mail.text)![1]);
      expect((await graphql<any>(app, BY_LINK, { token })).data.appointmentByLink).toMatchObject({ id, status: 'booked' });
      const later = slots.find((slot) => new Date(slot.startsAt).getTime() > new Date(start).getTime() + 3600_000)!.startsAt;
      const moved = await graphql<any>(app, MOVE_BY_LINK, { token, startsAt: later });
      expect(moved.data.moveAppointmentByLink).toMatchObject({ id, startsAt: later, sequence: 1 });

      const forged = `${token.slice(0, -2)}xx`;
      const other = await book(app, (await booker(app)).token, {
        serviceId: service.id,
        startsAt: start,
        channel: 'video',
        timeZone: 'Europe/Berlin',
      });
      const foreign = token.replace(id, other.data.bookAppointment.id);
      const expired = app.app.get(AppointmentsService).links.issue(id, new Date(Date.now() - 1000));
      for (const bad of [forged, foreign, expired, 'nonsense', '']) {
        const refused = await graphql<any>(app, CANCEL_BY_LINK, { token: bad });
        expect(refused.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      }
      expect(
        (await app.sql<{ status: string }>('SELECT status FROM appointment_bookings WHERE id = $1', [other.data.bookAppointment.id]))[0]
          .status,
      ).toBe('booked');
      // A link is refused after the start even if its own expiry were later.
      await expect(app.app.get(AppointmentsService).cancelByLink(token, new Date(new Date(later).getTime() + 1000))).rejects.toMatchObject({
        options: { reason: 'LINK_INVALID' },
      });
      const cancelled = await graphql<any>(app, CANCEL_BY_LINK, { token });
      expect(cancelled.data.cancelAppointmentByLink).toMatchObject({ id, status: 'cancelled', sequence: 2 });
    });
  });

  describe('staff', () => {
    it('sees the day with booker, service, channel and case; marks attendance; cancels with a reason the booker is told', async () => {
      const service = await createService(app, staff.token, { minNoticeMinutes: 0 });
      const { submittedStudentApplication, findCase } = await import('./support/residency.js');
      const { applicant, applicationId } = await submittedStudentApplication(app);
      const caseId = await findCase(app, '', applicationId);
      const cases = await graphql<any>(app, '{ myAppointmentCases { id kind } }', {}, { token: applicant.token });
      expect(cases.data.myAppointmentCases).toEqual([{ id: caseId, kind: 'residency_application' }]);
      const stranger = await booker(app);
      const slots = await slotsOf(app, applicant.token, service.id, new Date());
      const start = slotAfter(slots, 60);
      const foreignCase = await book(app, stranger.token, {
        serviceId: service.id,
        startsAt: start,
        channel: 'video',
        timeZone: 'Europe/Berlin',
        caseId,
      });
      expect(foreignCase.errors![0].extensions.code).toBe('NOT_FOUND');
      const booked = await book(app, applicant.token, {
        serviceId: service.id,
        startsAt: start,
        channel: 'video',
        timeZone: 'Europe/Berlin',
        caseId,
      });
      expect(booked.errors).toBeUndefined();
      const id = booked.data.bookAppointment.id;

      const day = await graphql<any>(app, DAY, { day: berlinDay(start) }, { token: staff.token });
      expect(day.data.staffAppointmentDay.find((entry: any) => entry.id === id)).toMatchObject({
        bookerEmail: applicant.email,
        serviceName: 'Residency consultation',
        channel: 'video',
        caseId,
        staffAccountId: staff.accountId,
      });
      const caseView = await graphql<any>(
        app,
        'query($id: ID!) { backofficeCase(id: $id) { id appointments { id startsAt channel } } }',
        { id: caseId },
        { token: staff.token },
      );
      expect(caseView.data.backofficeCase.appointments).toEqual([{ id, startsAt: start, channel: 'video' }]);

      const tooEarly = await graphql<any>(app, ATTENDANCE, { id, attended: false }, { token: staff.token });
      expect(tooEarly.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_CHANGEABLE' });
      await app.sql(
        `UPDATE appointment_bookings SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '20 minutes', blocked_from = now() - interval '10 minutes', blocked_until = now() + interval '20 minutes' WHERE id = $1`,
        [id],
      );
      const noShow = await graphql<any>(app, ATTENDANCE, { id, attended: false }, { token: staff.token });
      expect(noShow.data.markAppointmentAttendance).toEqual({ id, status: 'no_show' });

      const second = await book(app, applicant.token, {
        serviceId: service.id,
        startsAt: slotAfter(slots, 100),
        channel: 'in_person',
        timeZone: 'Europe/Berlin',
      });
      const short = await graphql<any>(app, STAFF_CANCEL, { id: second.data.bookAppointment.id, reason: 'x' }, { token: staff.token });
      expect(short.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const cancelled = await graphql<any>(
        app,
        STAFF_CANCEL,
        { id: second.data.bookAppointment.id, reason: 'Erkrankung' },
        { token: staff.token },
      );
      expect(cancelled.data.staffCancelAppointment).toMatchObject({ status: 'cancelled', cancelReason: 'Erkrankung' });
      const [told] = (await app.mailbox.list(applicant.email)).filter((mail) => mail.template === 'appointments.cancelled_by_staff');
      expect(told.text).toContain('Reason: Erkrankung');
      const [file] = await appointmentCalendars(app, applicant.email, 'appointments.cancelled_by_staff');
      expect(file).toMatchObject({ method: 'CANCEL', sequence: 1 });
    });

    it('reads a day of 100 bookings in at most 5 statements', async () => {
      const service = await createService(app, staff.token);
      const people = await Promise.all([booker(app), booker(app), booker(app), booker(app)]);
      const day = berlinDay(new Date(Date.now() + 20 * 86_400_000).toISOString());
      await app.sql(
        `INSERT INTO appointment_bookings (service_id, office, staff_account_id, booker_account_id, channel, starts_at, ends_at, blocked_from, blocked_until)
         SELECT $1, 'citizens_office', $2, ($3::uuid[])[1 + i % 4], 'video', s, s + interval '10 minutes', s, s + interval '10 minutes'
           FROM generate_series(0, 99) AS i, LATERAL (SELECT ($4::date + time '00:00') AT TIME ZONE 'Europe/Berlin' + i * interval '12 minutes' AS s) AS start`,
        [service.id, staff.accountId, people.map((person) => person.accountId), day],
      );
      const { data, statements } = await countedStatements(app, DAY, { day }, staff.token);
      expect(data.staffAppointmentDay.filter((entry: any) => entry.serviceId === service.id)).toHaveLength(100);
      expect(new Set(data.staffAppointmentDay.map((entry: any) => entry.bookerEmail)).size).toBeGreaterThanOrEqual(4);
      expect(statements.length).toBeLessThanOrEqual(5);
    });
  });

  describe('IDOR and deny by default', () => {
    it('answers NOT_FOUND for another person’s booking and for staff of another office; FORBIDDEN for staff operations of non-staff', async () => {
      const service = await createService(app, staff.token);
      const owner = await booker(app);
      const intruder = await booker(app);
      const slots = await slotsOf(app, owner.token, service.id, new Date());
      const booked = await book(app, owner.token, {
        serviceId: service.id,
        startsAt: slotAfter(slots, 70),
        channel: 'video',
        timeZone: 'Europe/Berlin',
      });
      const id = booked.data.bookAppointment.id;
      const later = slotAfter(slots, 90);
      for (const [query, variables] of [
        [MY, { id }],
        [CANCEL, { id }],
        [MOVE, { id, startsAt: later }],
      ] as const) {
        const result = await graphql<any>(app, query, variables, { token: intruder.token });
        expect(result.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      const otherOffice = await officeStaff(app, 'economic_development');
      for (const [query, variables] of [
        [ATTENDANCE, { id, attended: true }],
        [STAFF_CANCEL, { id, reason: 'Nicht zuständig' }],
      ] as const) {
        const result = await graphql<any>(app, query, variables, { token: otherOffice.token });
        expect(result.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      const otherDay = await graphql<any>(app, DAY, { day: berlinDay(slotAfter(slots, 70)) }, { token: otherOffice.token });
      expect(otherDay.data.staffAppointmentDay.map((entry: any) => entry.id)).not.toContain(id);
      const foreignService = await graphql<any>(
        app,
        'mutation($id: ID, $input: AppointmentServiceInput!) { saveAppointmentService(id: $id, input: $input) { id } }',
        { id: service.id, input: (await import('./support/appointments.js')).serviceInput({ office: 'economic_development' }) },
        { token: otherOffice.token },
      );
      expect(foreignService.errors![0].extensions.code).toBe('NOT_FOUND');
      for (const query of [DAY]) {
        const result = await graphql<any>(app, query, { day: '2027-01-01' }, { token: owner.token });
        expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const create = await graphql<any>(
        app,
        'mutation($input: AppointmentServiceInput!) { saveAppointmentService(input: $input) { id } }',
        { input: (await import('./support/appointments.js')).serviceInput() },
        { token: owner.token },
      );
      expect(create.errors![0].extensions.code).toBe('FORBIDDEN');
      expect((await graphql<any>(app, MY, { id }, { token: owner.token })).data.myAppointment.status).toBe('booked');
    });
  });
});

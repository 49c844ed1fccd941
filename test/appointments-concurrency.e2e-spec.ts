import { book, booker, createService, officeStaff, slotAfter, slotsOf } from './support/appointments.js';
import { secondConnectionRequests } from './support/concurrency.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('appointments: the last free slot under a rush', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ LOGIN_MAX_FAILURES_PER_IP: '100000' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('50 concurrent bookings of the last free slot: exactly one succeeds, 49 get SLOT_TAKEN', async () => {
    const staff = await officeStaff(app);
    const service = await createService(app, staff.token);
    // Fifty accounts, ten at a time (one after the other took over a minute on a busy CI machine).
    const people: Awaited<ReturnType<typeof booker>>[] = [];
    for (let index = 0; index < 50; index += 10) people.push(...(await Promise.all(Array.from({ length: 10 }, () => booker(app)))));
    const start = slotAfter(await slotsOf(app, people[0].token, service.id, new Date()), 30);
    const answers = await Promise.all(
      people.map((person) =>
        book(app, person.token, { serviceId: service.id, startsAt: start, channel: 'video', timeZone: 'Europe/Berlin' }),
      ),
    );
    const booked = answers.filter((answer) => answer.data?.bookAppointment);
    const refused = answers.filter((answer) => answer.errors?.[0]?.extensions?.reason === 'SLOT_TAKEN');
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const answer of refused) expect(answer.errors![0].extensions.code).toBe('CONFLICT');
    const rows = await app.sql('SELECT id FROM appointment_bookings WHERE service_id = $1 AND status = $2', [service.id, 'booked']);
    expect(rows).toHaveLength(1);
    expect(secondConnectionRequests(app)).toBe(0);
  }, 180_000);
});

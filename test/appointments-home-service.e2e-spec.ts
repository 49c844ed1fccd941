import { graphql } from './support/graphql.js';
import { book, booker, createService, officeStaff, slotsOf } from './support/appointments.js';
import { countedStatements } from './support/statements.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PLAN = `query($day: String!) { staffHomeVisitPlan(day: $day) { district visits { id startsAt visitAddress visitDistrict homeVisitReason onBehalfOfName consentRecordedAt bookerEmail } } }`;
const berlinDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));

describe('appointments: home service', () => {
  let app: TestApp;
  let staff: Awaited<ReturnType<typeof officeStaff>>;
  let serviceId: string;
  let slots: { startsAt: string }[];

  beforeAll(async () => {
    app = await createTestApp();
    staff = await officeStaff(app);
    serviceId = (
      await createService(app, staff.token, {
        names: [
          { language: 'de', name: 'Bürgerkoffer: Ausweis zu Hause' },
          { language: 'en', name: 'Home service: ID at home' },
        ],
        video: false,
        inPerson: false,
        homeVisit: true,
        durationMinutes: 45,
        bufferAfterMinutes: 30,
      })
    ).id;
    // One whole Berlin day (from 03:00 UTC, before the hours start): every slot of the test lies on the plan's day,
    // whatever the time of day the test runs at (from "now" the window would reach into the next day).
    const dayAhead = berlinDay(new Date(Date.now() + 3 * 86_400_000).toISOString());
    slots = await slotsOf(app, staff.token, serviceId, new Date(`${dayAhead}T03:00:00Z`), 1);
  });

  afterAll(async () => {
    await app?.close();
  });

  const visit = (overrides: Record<string, unknown> = {}) => ({
    limitedMobility: true,
    livesInCareHome: false,
    address: 'Hattinger Straße 12, 44789 Bochum',
    district: 'mitte',
    ...overrides,
  });

  it('asks the self-assessment: no reason, no home visit; a home visit needs an address', async () => {
    const person = await booker(app, 'de');
    const input = { serviceId, startsAt: slots[0].startsAt, channel: 'home_visit', timeZone: 'Europe/Berlin' };
    const notEligible = await book(app, person.token, { ...input, homeVisit: visit({ limitedMobility: false }) });
    expect(notEligible.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(notEligible.errors![0].extensions)).toContain('Pflegeheim');
    const missing = await book(app, person.token, input);
    expect(missing.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const inPerson = await book(app, person.token, { ...input, channel: 'in_person' });
    expect(inPerson.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await app.sql('SELECT 1 FROM appointment_bookings WHERE booker_account_id = $1', [person.accountId])).toHaveLength(0);
  });

  it('lets a carer book for someone only with that person’s consent recorded; the e-mail names the address', async () => {
    const carer = await booker(app);
    const input = { serviceId, startsAt: slots[1].startsAt, channel: 'home_visit', timeZone: 'Europe/Berlin' };
    const noConsent = await book(app, carer.token, { ...input, homeVisit: visit({ onBehalfOfName: 'Erna Kowalski' }) });
    expect(noConsent.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noConsent.errors![0].extensions)).toContain('agrees to the booking');
    const booked = await book(app, carer.token, {
      ...input,
      homeVisit: visit({
        onBehalfOfName: 'Erna Kowalski',
        consent: true,
        livesInCareHome: true,
        limitedMobility: false,
        district: 'wattenscheid',
        address: 'Seniorenzentrum, Zimmer 12, Westenfelder Str. 4, 44866 Bochum',
      }),
    });
    expect(booked.errors).toBeUndefined();
    const [row] = await app.sql<{ on_behalf_of_name: string; consent_recorded_at: Date | null; home_visit_reason: string }>(
      'SELECT on_behalf_of_name, consent_recorded_at, home_visit_reason FROM appointment_bookings WHERE id = $1',
      [booked.data.bookAppointment.id],
    );
    expect(row).toMatchObject({ on_behalf_of_name: 'Erna Kowalski', home_visit_reason: 'care_home' });
    expect(row.consent_recorded_at).toBeInstanceOf(Date);
    const [mail] = (await app.mailbox.list(carer.email)).filter((entry) => entry.template === 'appointments.confirmed');
    expect(mail.text).toContain('Westenfelder Str. 4');
    expect(mail.text).toContain('as a home visit');
    // The database refuses a home visit without where, and a booking for someone without consent.
    await expect(
      app.sql(`UPDATE appointment_bookings SET visit_address = NULL WHERE id = $1`, [booked.data.bookAppointment.id]),
    ).rejects.toMatchObject({
      code: '23514',
      constraint: 'CHK_appointment_bookings_home_visit',
    });
    await expect(
      app.sql(`UPDATE appointment_bookings SET consent_recorded_at = NULL WHERE id = $1`, [booked.data.bookAppointment.id]),
    ).rejects.toMatchObject({
      code: '23514',
      constraint: 'CHK_appointment_bookings_consent',
    });
  });

  it('gives staff the day’s visits grouped by district (batched); other offices and residents see none of them', async () => {
    const people = [await booker(app), await booker(app), await booker(app)];
    const districts = ['sued', 'mitte', 'sued'];
    for (const [index, person] of people.entries()) {
      const answer = await book(app, person.token, {
        serviceId,
        startsAt: slots[index + 3].startsAt,
        channel: 'home_visit',
        timeZone: 'Europe/Berlin',
        homeVisit: visit({ district: districts[index] }),
      });
      expect(answer.errors).toBeUndefined();
    }
    const day = berlinDay(slots[0].startsAt);
    const { data, statements } = await countedStatements(app, PLAN, { day }, staff.token);
    const plan = data.staffHomeVisitPlan as { district: string; visits: { bookerEmail: string; visitAddress: string }[] }[];
    expect(plan.map((group) => group.district)).toEqual(['mitte', 'sued', 'wattenscheid']);
    expect(plan.find((group) => group.district === 'sued')!.visits.map((entry) => entry.bookerEmail)).toEqual([
      people[0].email,
      people[2].email,
    ]);
    expect(plan.find((group) => group.district === 'wattenscheid')!.visits[0]).toMatchObject({
      onBehalfOfName: 'Erna Kowalski',
      homeVisitReason: 'care_home',
    });
    expect(statements.length).toBeLessThanOrEqual(5);

    const otherOffice = await officeStaff(app, 'economic_development');
    expect((await graphql<any>(app, PLAN, { day }, { token: otherOffice.token })).data.staffHomeVisitPlan).toEqual([]);
    const resident = await booker(app);
    expect((await graphql<any>(app, PLAN, { day }, { token: resident.token })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await graphql<any>(app, PLAN, { day })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

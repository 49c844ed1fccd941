import { freeSlots, staffSlot, withinBookingRules, type SlotRules } from './appointment-slots.js';

const rules = (overrides: Partial<SlotRules> = {}): SlotRules => ({
  serviceId: 'service-a',
  durationMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  seats: 1,
  minNoticeMinutes: 0,
  bookingWindowDays: 365,
  ...overrides,
});
const STAFF = 'staff-1';
const at = (iso: string) => new Date(iso);

describe('appointment slots', () => {
  it('cuts opening hours (Berlin time) into slots, keeping 09:00 at 09:00 across the change to summer time', () => {
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ staffAccountId: STAFF, weekday, startsMinute: 9 * 60, endsMinute: 10 * 60 }));
    // 2027-03-27 (CET, UTC+1) and 2027-03-28 (CEST, UTC+2).
    const slots = freeSlots(
      rules(),
      hours,
      [],
      [],
      { from: at('2027-03-27T00:00:00Z'), until: at('2027-03-29T00:00:00Z') },
      at('2027-03-01T00:00:00Z'),
    );
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      '2027-03-27T08:00:00.000Z',
      '2027-03-27T08:30:00.000Z',
      '2027-03-28T07:00:00.000Z',
      '2027-03-28T07:30:00.000Z',
    ]);
  });

  it('spaces slots by the buffers and keeps them inside the hours', () => {
    const hours = [{ staffAccountId: STAFF, weekday: 1, startsMinute: 9 * 60, endsMinute: 11 * 60 }];
    const slots = freeSlots(
      rules({ bufferBeforeMinutes: 10, bufferAfterMinutes: 20 }),
      hours,
      [],
      [],
      { from: at('2027-01-04T00:00:00Z'), until: at('2027-01-05T00:00:00Z') },
      at('2027-01-01T00:00:00Z'),
    );
    // 09:10–09:40 (+20 after → 10:00), 10:10–10:40 (+20 → 11:00).
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual(['2027-01-04T08:10:00.000Z', '2027-01-04T09:10:00.000Z']);
  });

  it('keeps minimum notice and booking window', () => {
    const now = at('2027-01-04T08:00:00Z');
    expect(withinBookingRules(rules({ minNoticeMinutes: 60 }), at('2027-01-04T08:30:00Z'), now)).toBe('too_soon');
    expect(withinBookingRules(rules({ bookingWindowDays: 1 }), at('2027-01-06T08:30:00Z'), now)).toBe('too_far');
    expect(withinBookingRules(rules(), at('2027-01-04T08:30:00Z'), now)).toBe('ok');
  });

  it('leaves out time off and time other bookings block; a slot of the same service keeps its free seats', () => {
    const start = at('2027-01-04T09:00:00Z');
    const end = at('2027-01-04T09:30:00Z');
    const off = [{ staffAccountId: STAFF, from: at('2027-01-04T09:15:00Z'), until: at('2027-01-04T10:00:00Z') }];
    expect(staffSlot(rules(), STAFF, start, end, off, [])).toBeNull();
    const sameSlot = { staffAccountId: STAFF, serviceId: 'service-a', startsAt: start, seat: 1, from: start, until: end };
    expect(staffSlot(rules({ seats: 3 }), STAFF, start, end, [], [sameSlot])?.freeSeats).toEqual([2, 3]);
    expect(staffSlot(rules(), STAFF, start, end, [], [sameSlot])).toBeNull();
    const otherService = { ...sameSlot, serviceId: 'service-b', from: at('2027-01-04T08:45:00Z'), until: at('2027-01-04T09:05:00Z') };
    expect(staffSlot(rules({ seats: 3 }), STAFF, start, end, [], [otherService])).toBeNull();
  });
});

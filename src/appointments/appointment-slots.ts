import { DateTime } from 'luxon';

/** Opening hours, time off and bookings are computed in the city's time. */
export const CITY_TIME_ZONE = 'Europe/Berlin';

export interface SlotRules {
  serviceId: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  seats: number;
  minNoticeMinutes: number;
  bookingWindowDays: number;
}

export interface WeeklyHours {
  staffAccountId: string;
  /** ISO weekday, 1 Monday … 7 Sunday. */
  weekday: number;
  startsMinute: number;
  endsMinute: number;
}

export interface Interval {
  staffAccountId: string;
  from: Date;
  until: Date;
}

/** A booked appointment as it blocks its staff member's time. */
export interface BlockedTime extends Interval {
  serviceId: string;
  startsAt: Date;
  seat: number;
}

export interface StaffSlot {
  staffAccountId: string;
  startsAt: Date;
  endsAt: Date;
  /** Seats of this slot not yet taken, in order (1-based). */
  freeSeats: number[];
}

const MINUTE = 60_000;

/** The wall-clock time `minute` minutes after midnight of a Berlin day (24:00 is the next midnight), DST-proof. */
function atMinute(day: DateTime, minute: number): DateTime {
  const base = minute >= 1440 ? day.plus({ days: 1 }) : day;
  const rest = minute % 1440;
  return base.set({ hour: Math.floor(rest / 60), minute: rest % 60, second: 0, millisecond: 0 });
}
const overlaps = (a: { from: Date; until: Date }, b: { from: Date; until: Date }) => a.from < b.until && b.from < a.until;

/** Is the start time within the booking rules (minimum notice and booking window) at `now`? */
export function withinBookingRules(rules: SlotRules, startsAt: Date, now: Date): 'ok' | 'too_soon' | 'too_far' {
  if (startsAt.getTime() < now.getTime() + rules.minNoticeMinutes * MINUTE) return 'too_soon';
  if (startsAt.getTime() > now.getTime() + rules.bookingWindowDays * 24 * 60 * MINUTE) return 'too_far';
  return 'ok';
}

/**
 * The free slots of one service between `from` and `until` (clipped to the booking rules at `now`):
 * each staff member's opening hours cut into slots (one after the other, buffers between), minus time
 * off, minus time other bookings block; a slot of the same service and start keeps its free seats.
 * Days and hours are Berlin's, so a slot at 09:00 stays at 09:00 across the change to summer time.
 */
export function freeSlots(
  rules: SlotRules,
  hours: readonly WeeklyHours[],
  timeOff: readonly Interval[],
  blocked: readonly BlockedTime[],
  range: { from: Date; until: Date },
  now: Date,
): StaffSlot[] {
  const slots: StaffSlot[] = [];
  const step = rules.bufferBeforeMinutes + rules.durationMinutes + rules.bufferAfterMinutes;
  let day = DateTime.fromJSDate(range.from, { zone: CITY_TIME_ZONE }).startOf('day');
  const lastDay = DateTime.fromJSDate(range.until, { zone: CITY_TIME_ZONE }).startOf('day');
  while (day <= lastDay) {
    for (const opening of hours.filter((entry) => entry.weekday === day.weekday)) {
      for (let minute = opening.startsMinute + rules.bufferBeforeMinutes; ; minute += step) {
        const endMinute = minute + rules.durationMinutes;
        if (endMinute + rules.bufferAfterMinutes > opening.endsMinute) break;
        const startsAt = atMinute(day, minute).toJSDate();
        const endsAt = atMinute(day, endMinute).toJSDate();
        if (startsAt < range.from || startsAt >= range.until) continue;
        if (withinBookingRules(rules, startsAt, now) !== 'ok') continue;
        const slot = staffSlot(rules, opening.staffAccountId, startsAt, endsAt, timeOff, blocked);
        if (slot) slots.push(slot);
      }
    }
    day = day.plus({ days: 1 });
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.staffAccountId.localeCompare(b.staffAccountId));
}

/** One staff member's slot at a start, with its free seats, or null when time off or another booking is in the way. */
export function staffSlot(
  rules: SlotRules,
  staffAccountId: string,
  startsAt: Date,
  endsAt: Date,
  timeOff: readonly Interval[],
  blocked: readonly BlockedTime[],
): StaffSlot | null {
  const period = {
    from: new Date(startsAt.getTime() - rules.bufferBeforeMinutes * MINUTE),
    until: new Date(endsAt.getTime() + rules.bufferAfterMinutes * MINUTE),
  };
  if (timeOff.some((off) => off.staffAccountId === staffAccountId && overlaps(off, period))) return null;
  const taken = new Set<number>();
  for (const booking of blocked) {
    if (booking.staffAccountId !== staffAccountId || !overlaps(booking, period)) continue;
    const sameSlot = booking.serviceId === rules.serviceId && booking.startsAt.getTime() === startsAt.getTime();
    if (!sameSlot) return null;
    taken.add(booking.seat);
  }
  const freeSeats = Array.from({ length: rules.seats }, (_, index) => index + 1).filter((seat) => !taken.has(seat));
  return freeSeats.length > 0 ? { staffAccountId, startsAt, endsAt, freeSeats } : null;
}

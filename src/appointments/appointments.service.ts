import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime, IANAZone } from 'luxon';
import { Brackets, DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { param, type MessageParams } from '../common/i18n/message-params.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { LocalQueue } from '../database/local-queue.js';
import { CaseQueue } from '../backoffice/index.js';
import { AccountDirectory } from '../identity/index.js';
import { AccountNotifications, type EmailTemplate } from '../notifications/index.js';
import { AppointmentLinks } from './appointment-links.js';
import { AppointmentOffice, officesOf, OFFICE_ROLES, worksFor } from './appointment-office.js';
import { CITY_TIME_ZONE, freeSlots, withinBookingRules, type SlotRules, type StaffSlot } from './appointment-slots.js';
import {
  AppointmentBooking,
  AppointmentChannel,
  AppointmentOpeningHours,
  AppointmentServiceEntity,
  AppointmentStatus,
  AppointmentTimeOff,
  HomeVisitReason,
  type VisitDistrict,
} from './appointments.entities.js';
import { AppointmentsException } from './appointments.exception.js';
import type {
  AppointmentOpeningHoursInput,
  AppointmentServiceInput,
  AppointmentTimeOffInput,
  BookAppointmentInput,
} from './appointments.inputs.js';
import { readAll } from '../database/read-all.js';

/** The e-mail attachment kind of a booking's calendar file; the reference is the booking id. */
export const APPOINTMENT_CALENDAR_ATTACHMENT = 'appointments.calendar';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A free time people can book: the seats still free across the staff who offer it. */
export interface OpenSlot {
  startsAt: Date;
  endsAt: Date;
  freeSeats: number;
}

const rulesOf = (service: AppointmentServiceEntity): SlotRules => ({
  serviceId: service.id,
  durationMinutes: service.durationMinutes,
  bufferBeforeMinutes: service.bufferBeforeMinutes,
  bufferAfterMinutes: service.bufferAfterMinutes,
  seats: service.seats,
  minNoticeMinutes: service.minNoticeMinutes,
  bookingWindowDays: service.bookingWindowDays,
});

const minuteOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Did the database refuse the row because of one of our exclusion or unique constraints? Which one? */
function refusedBy(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  if (driver?.code !== '23P01' && driver?.code !== '23505') return null;
  return driver.constraint ?? 'unknown';
}

/**
 * Appointments with the offices' staff: services and availability (staff of the office), free slots
 * and booking (anyone signed in), moving and cancelling (the booker, signed in or through the link
 * in the e-mail), the staff's day (attended, no-show, cancel with a reason). The database decides
 * double bookings (see AppointmentBooking); every e-mail goes through the outbox with a calendar file.
 */
@Injectable()
export class AppointmentsService {
  readonly links: AppointmentLinks;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: AccountNotifications,
    private readonly accounts: AccountDirectory,
    private readonly cases: CaseQueue,
    private readonly audit: AuditService,
    private readonly queue: LocalQueue,
  ) {
    this.links = new AppointmentLinks(config.auth.jwtSecret);
  }

  // ---------------------------------------------------------------- staff: services and availability

  async saveService(actor: Actor, id: string | null, input: AppointmentServiceInput): Promise<AppointmentServiceEntity> {
    if (!worksFor(actor, input.office)) throw DomainException.forbidden();
    const names: Record<string, string> = {};
    input.names.forEach((entry, index) => {
      if (names[entry.language]) throw AppointmentsException.field(`names.${index}.language`, 'unique', 'name_duplicate');
      names[entry.language] = entry.name.trim();
    });
    if (!names.de) throw AppointmentsException.field('names', 'required', 'name_german');
    if (!input.video && !input.inPerson && !input.homeVisit) throw AppointmentsException.field('video', 'required', 'channel_required');
    return this.dataSource.transaction(async (manager) => {
      let service = new AppointmentServiceEntity();
      if (id) {
        const found = await manager.findOne(AppointmentServiceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!found || !worksFor(actor, found.office)) throw DomainException.notFound();
        service = found;
      }
      Object.assign(service, {
        office: input.office,
        names,
        durationMinutes: input.durationMinutes,
        bufferBeforeMinutes: input.bufferBeforeMinutes,
        bufferAfterMinutes: input.bufferAfterMinutes,
        seats: input.seats,
        minNoticeMinutes: input.minNoticeMinutes,
        bookingWindowDays: input.bookingWindowDays,
        video: input.video,
        inPerson: input.inPerson,
        homeVisit: input.homeVisit,
        place: input.place?.trim() || null,
        active: input.active,
      });
      const saved = await manager.save(service);
      await this.audit.record(
        { action: 'appointments.service_saved', actorAccountId: actor.accountId, subjectType: 'appointment_service', subjectId: saved.id },
        manager,
      );
      return saved;
    });
  }

  /** Bookable services (active) for anyone signed in; staff see their offices' inactive ones too. */
  async services(actor: Actor): Promise<AppointmentServiceEntity[]> {
    const offices = officesOf(actor);
    return this.dataSource.manager
      .createQueryBuilder(AppointmentServiceEntity, 'service')
      .where(
        new Brackets((where) => {
          where.where('service.active = true');
          if (offices.length) where.orWhere('service.office IN (:...offices)', { offices });
        }),
      )
      .orderBy('service.office', 'ASC')
      .addOrderBy('service.created_at', 'ASC')
      .take(200)
      .getMany();
  }

  async service(serviceId: string, manager: EntityManager = this.dataSource.manager): Promise<AppointmentServiceEntity> {
    const service = await manager.findOneBy(AppointmentServiceEntity, { id: serviceId, active: true });
    if (!service) throw DomainException.notFound();
    return service;
  }

  /** Replaces the actor's weekly hours for an office. */
  async setOpeningHours(
    actor: Actor,
    office: AppointmentOffice,
    hours: AppointmentOpeningHoursInput[],
  ): Promise<AppointmentOpeningHours[]> {
    if (!worksFor(actor, office)) throw DomainException.forbidden();
    const rows = hours.map((entry, index) => {
      const startsMinute = minuteOf(entry.startsAt);
      const endsMinute = minuteOf(entry.endsAt);
      if (endsMinute <= startsMinute) throw AppointmentsException.field(`hours.${index}.endsAt`, 'after', 'ends_before_start');
      return Object.assign(new AppointmentOpeningHours(), {
        office,
        staffAccountId: actor.accountId,
        weekday: entry.weekday,
        startsMinute,
        endsMinute,
      });
    });
    return this.dataSource.transaction(async (manager) => {
      await manager.delete(AppointmentOpeningHours, { office, staffAccountId: actor.accountId });
      const saved = rows.length ? await manager.save(rows) : [];
      await this.audit.record(
        {
          action: 'appointments.hours_set',
          actorAccountId: actor.accountId,
          subjectType: 'appointment_office',
          subjectId: actor.accountId,
        },
        manager,
      );
      return saved;
    });
  }

  async openingHours(actor: Actor, office: AppointmentOffice): Promise<AppointmentOpeningHours[]> {
    if (!worksFor(actor, office)) throw DomainException.forbidden();
    return this.dataSource.manager.find(AppointmentOpeningHours, {
      where: { office, staffAccountId: actor.accountId },
      order: { weekday: 'ASC', startsMinute: 'ASC' },
    });
  }

  async addTimeOff(actor: Actor, input: AppointmentTimeOffInput): Promise<AppointmentTimeOff> {
    if (!worksFor(actor, input.office)) throw DomainException.forbidden();
    if (input.endsAt <= input.startsAt) throw AppointmentsException.field('endsAt', 'after', 'ends_before_start');
    return this.dataSource.manager.save(
      Object.assign(new AppointmentTimeOff(), {
        office: input.office,
        staffAccountId: actor.accountId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        reason: input.reason.trim(),
      }),
    );
  }

  async removeTimeOff(actor: Actor, timeOffId: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(AppointmentTimeOff, { id: timeOffId, staffAccountId: actor.accountId });
    if (!result.affected) throw DomainException.notFound();
    return true;
  }

  async timeOff(actor: Actor, office: AppointmentOffice, now = new Date()): Promise<AppointmentTimeOff[]> {
    if (!worksFor(actor, office)) throw DomainException.forbidden();
    return this.dataSource.manager
      .createQueryBuilder(AppointmentTimeOff, 'off')
      .where('off.office = :office AND off.staff_account_id = :staff AND off.ends_at > :now', { office, staff: actor.accountId, now })
      .orderBy('off.starts_at', 'ASC')
      .take(200)
      .getMany();
  }

  // ---------------------------------------------------------------- free slots

  /** Each staff member's free slots of a service in a range (at most the booking window), read in three statements. */
  private async staffSlots(
    manager: EntityManager,
    service: AppointmentServiceEntity,
    range: { from: Date; until: Date },
    now: Date,
    ignoreBookings = false,
  ): Promise<StaffSlot[]> {
    const hours = await manager.find(AppointmentOpeningHours, { where: { office: service.office } });
    const staffIds = [...new Set(hours.map((entry) => entry.staffAccountId))];
    if (staffIds.length === 0) return [];
    // Staff who lost the office's role offer nothing any more.
    const stillStaff = await this.accounts.contactsOf(staffIds, manager);
    const role = OFFICE_ROLES[service.office];
    const active = hours.filter((entry) => stillStaff.get(entry.staffAccountId)?.roles.includes(role));
    const margin = 24 * HOUR_MS;
    const [timeOff, blocked] = await readAll(manager, [
      () =>
        manager
          .createQueryBuilder(AppointmentTimeOff, 'off')
          .where('off.staff_account_id IN (:...staffIds) AND off.ends_at > :from AND off.starts_at < :until', {
            staffIds,
            from: new Date(range.from.getTime() - margin),
            until: new Date(range.until.getTime() + margin),
          })
          .getMany(),
      () =>
        manager
          .createQueryBuilder(AppointmentBooking, 'booking')
          .where('booking.staff_account_id IN (:...staffIds) AND booking.status = :booked', { staffIds, booked: AppointmentStatus.booked })
          .andWhere('booking.blocked_until > :from AND booking.blocked_from < :until', {
            from: new Date(range.from.getTime() - margin),
            until: new Date(range.until.getTime() + margin),
          })
          .getMany(),
    ]);
    return freeSlots(
      rulesOf(service),
      active,
      timeOff.map((off) => ({ staffAccountId: off.staffAccountId, from: off.startsAt, until: off.endsAt })),
      (ignoreBookings ? [] : blocked).map((booking) => ({
        staffAccountId: booking.staffAccountId,
        serviceId: booking.serviceId,
        startsAt: booking.startsAt,
        seat: booking.seat,
        from: booking.blockedFrom,
        until: booking.blockedUntil,
      })),
      range,
      now,
    );
  }

  /** Free slots of a service from `from` for `days` days (at most 31), merged across staff. */
  async openSlots(serviceId: string, from: Date, days: number, now = new Date()): Promise<OpenSlot[]> {
    if (!Number.isInteger(days) || days < 1 || days > 31) throw AppointmentsException.field('days', 'range', 'days');
    const service = await this.service(serviceId);
    const start = new Date(Math.max(from.getTime(), now.getTime()));
    const range = {
      from: start,
      until: new Date(Math.min(start.getTime() + days * DAY_MS, now.getTime() + service.bookingWindowDays * DAY_MS + 1)),
    };
    if (range.until <= range.from) return [];
    const merged = new Map<number, OpenSlot>();
    for (const slot of await this.staffSlots(this.dataSource.manager, service, range, now)) {
      const key = slot.startsAt.getTime();
      const existing = merged.get(key);
      if (existing) existing.freeSeats += slot.freeSeats.length;
      else merged.set(key, { startsAt: slot.startsAt, endsAt: slot.endsAt, freeSeats: slot.freeSeats.length });
    }
    return [...merged.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  // ---------------------------------------------------------------- booking

  private checkTimeZone(timeZone: string): void {
    if (!IANAZone.isValidZone(timeZone)) throw AppointmentsException.field('timeZone', 'zone', 'time_zone');
  }

  private checkChannel(service: AppointmentServiceEntity, channel: AppointmentChannel): void {
    const offered = { video: service.video, in_person: service.inPerson, home_visit: service.homeVisit }[channel];
    if (!offered) throw AppointmentsException.field('channel', 'offered', 'channel_not_offered');
  }

  private checkRules(service: AppointmentServiceEntity, startsAt: Date, now: Date): void {
    const verdict = withinBookingRules(rulesOf(service), startsAt, now);
    if (verdict === 'too_soon') throw AppointmentsException.field('startsAt', 'notice', 'too_soon', { minutes: service.minNoticeMinutes });
    if (verdict === 'too_far') throw AppointmentsException.field('startsAt', 'window', 'too_far', { days: service.bookingWindowDays });
  }

  /**
   * The home visit part of a booking: the self-assessment must show a reason (limited mobility or a
   * care home), and a carer booking for someone records that the person agreed.
   */
  private homeVisitOf(input: BookAppointmentInput, now: Date) {
    const none = { homeVisitReason: null, visitAddress: null, visitDistrict: null, onBehalfOfName: null, consentRecordedAt: null };
    if (input.channel !== AppointmentChannel.home_visit) return none;
    const visit = input.homeVisit;
    if (!visit) throw AppointmentsException.field('homeVisit', 'required', 'visit_address');
    if (!visit.limitedMobility && !visit.livesInCareHome)
      throw AppointmentsException.field('homeVisit.limitedMobility', 'eligible', 'not_eligible');
    const onBehalfOfName = visit.onBehalfOfName?.trim() || null;
    if (onBehalfOfName && !visit.consent) throw AppointmentsException.field('homeVisit.consent', 'required', 'consent_required');
    return {
      homeVisitReason: visit.livesInCareHome ? HomeVisitReason.care_home : HomeVisitReason.limited_mobility,
      visitAddress: visit.address.trim(),
      visitDistrict: visit.district as VisitDistrict,
      onBehalfOfName,
      consentRecordedAt: onBehalfOfName ? now : null,
    };
  }

  async book(actor: Actor, input: BookAppointmentInput, now = new Date()): Promise<AppointmentBooking> {
    this.checkTimeZone(input.timeZone);
    const service = await this.service(input.serviceId);
    this.checkChannel(service, input.channel);
    const homeVisit = this.homeVisitOf(input, now);
    this.checkRules(service, input.startsAt, now);
    if (input.caseId) {
      const own = await this.cases.casesOfApplicant(actor.accountId, this.dataSource.manager);
      if (!own.some((found) => found.id === input.caseId)) throw DomainException.notFound();
    }
    // A rush for one service queues in memory first (one pool connection per service and process);
    // the constraints decide across processes.
    return this.queue.run(`appointments:${service.id}`, () =>
      this.dataSource.transaction(async (manager) => {
        const booking = await this.claim(manager, service, input.startsAt, now, (slot, seat) =>
          Object.assign(new AppointmentBooking(), {
            serviceId: service.id,
            office: service.office,
            staffAccountId: slot.staffAccountId,
            bookerAccountId: actor.accountId,
            seat,
            channel: input.channel,
            bookerTimeZone: input.timeZone,
            caseId: input.caseId ?? null,
            status: AppointmentStatus.booked,
            ...homeVisit,
          }),
        );
        await this.tell(manager, booking, service, 'appointments.confirmed');
        return booking;
      }),
    );
  }

  /**
   * Takes a seat of the slot at `startsAt`: tries the free (staff, seat) pairs in order, each insert
   * behind a savepoint; the exclusion constraints and the seat index decide, so a slot someone else
   * took meanwhile is refused by the database (SLOT_TAKEN), as is a second appointment of the booker.
   */
  private async claim(
    manager: EntityManager,
    service: AppointmentServiceEntity,
    startsAt: Date,
    now: Date,
    row: (slot: StaffSlot, seat: number) => AppointmentBooking,
  ): Promise<AppointmentBooking> {
    const range = { from: startsAt, until: new Date(startsAt.getTime() + 1) };
    const candidates = await this.staffSlots(manager, service, range, now);
    if (candidates.length === 0) {
      const onTheGrid = await this.staffSlots(manager, service, range, now, true);
      if (onTheGrid.length === 0) throw AppointmentsException.field('startsAt', 'slot', 'not_a_slot');
      throw AppointmentsException.slotTaken();
    }
    for (const slot of candidates) {
      for (const seat of slot.freeSeats) {
        const booking = row(slot, seat);
        Object.assign(booking, {
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          blockedFrom: new Date(slot.startsAt.getTime() - service.bufferBeforeMinutes * 60_000),
          blockedUntil: new Date(slot.endsAt.getTime() + service.bufferAfterMinutes * 60_000),
        });
        await manager.query('SAVEPOINT appointment_seat');
        try {
          const saved = await manager.save(booking);
          await manager.query('RELEASE SAVEPOINT appointment_seat');
          return saved;
        } catch (error) {
          const constraint = refusedBy(error);
          if (!constraint) throw error;
          await manager.query('ROLLBACK TO SAVEPOINT appointment_seat');
          if (constraint === 'EX_appointment_bookings_booker') throw AppointmentsException.overlapping();
        }
      }
    }
    throw AppointmentsException.slotTaken();
  }

  /** The booker's own booking, locked; another person's id is NOT_FOUND. */
  private async ownBooking(manager: EntityManager, accountId: string, bookingId: string): Promise<AppointmentBooking> {
    const booking = await manager.findOne(AppointmentBooking, {
      where: { id: bookingId, bookerAccountId: accountId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!booking) throw DomainException.notFound();
    return booking;
  }

  async cancel(actor: Actor, bookingId: string, now = new Date()): Promise<AppointmentBooking> {
    return this.dataSource.transaction(async (manager) =>
      this.cancelLocked(manager, await this.ownBooking(manager, actor.accountId, bookingId), now, null),
    );
  }

  async move(actor: Actor, bookingId: string, startsAt: Date, now = new Date()): Promise<AppointmentBooking> {
    const booking = await this.dataSource.manager.findOneBy(AppointmentBooking, { id: bookingId, bookerAccountId: actor.accountId });
    if (!booking) throw DomainException.notFound();
    return this.moveBooking(booking.id, booking.bookerAccountId, startsAt, now);
  }

  private async cancelLocked(
    manager: EntityManager,
    booking: AppointmentBooking,
    now: Date,
    staffReason: string | null,
  ): Promise<AppointmentBooking> {
    if (booking.status !== AppointmentStatus.booked || booking.startsAt <= now) throw AppointmentsException.notChangeable();
    booking.status = AppointmentStatus.cancelled;
    booking.sequence += 1;
    booking.cancelReason = staffReason;
    booking.cancelledByStaff = staffReason !== null;
    const saved = await manager.save(booking);
    const service = await manager.findOneByOrFail(AppointmentServiceEntity, { id: booking.serviceId });
    await this.tell(manager, saved, service, staffReason !== null ? 'appointments.cancelled_by_staff' : 'appointments.cancelled');
    return saved;
  }

  /** Moves a booking to another free slot of its service: the old time is freed and the new one claimed in one transaction. */
  private async moveBooking(bookingId: string, bookerAccountId: string, startsAt: Date, now: Date): Promise<AppointmentBooking> {
    const current = await this.dataSource.manager.findOneByOrFail(AppointmentBooking, { id: bookingId });
    const service = await this.dataSource.manager.findOneByOrFail(AppointmentServiceEntity, { id: current.serviceId });
    this.checkRules(service, startsAt, now);
    return this.queue.run(`appointments:${service.id}`, () =>
      this.dataSource.transaction(async (manager) => {
        const booking = await this.ownBooking(manager, bookerAccountId, bookingId);
        if (booking.status !== AppointmentStatus.booked || booking.startsAt <= now) throw AppointmentsException.notChangeable();
        // The old row stops holding its time (inside this transaction), so a slot overlapping it can be taken.
        await manager.update(AppointmentBooking, { id: booking.id }, { status: AppointmentStatus.cancelled });
        const moved = await this.claim(manager, service, startsAt, now, (slot, seat) =>
          Object.assign(booking, {
            staffAccountId: slot.staffAccountId,
            seat,
            status: AppointmentStatus.booked,
            sequence: booking.sequence + 1,
            remindedDayBeforeAt: null,
            remindedHourBeforeAt: null,
          }),
        );
        await this.tell(manager, moved, service, 'appointments.moved');
        return moved;
      }),
    );
  }

  async myBookings(actor: Actor, now = new Date()): Promise<AppointmentBooking[]> {
    return this.dataSource.manager
      .createQueryBuilder(AppointmentBooking, 'booking')
      .where('booking.booker_account_id = :me', { me: actor.accountId })
      .andWhere('booking.ends_at > :since', { since: new Date(now.getTime() - 30 * DAY_MS) })
      .orderBy('booking.starts_at', 'ASC')
      .take(200)
      .getMany();
  }

  async myBooking(actor: Actor, bookingId: string): Promise<AppointmentBooking> {
    const booking = await this.dataSource.manager.findOneBy(AppointmentBooking, { id: bookingId, bookerAccountId: actor.accountId });
    if (!booking) throw DomainException.notFound();
    return booking;
  }

  /** The booker's cases they may relate a booking to. */
  async myCases(actor: Actor) {
    return this.cases.casesOfApplicant(actor.accountId, this.dataSource.manager);
  }

  // ---------------------------------------------------------------- the link in the e-mail (no sign-in)

  private bookingIdOfLink(token: string, now: Date): string {
    const bookingId = this.links.verify(token, now);
    if (!bookingId) throw AppointmentsException.linkInvalid();
    return bookingId;
  }

  async bookingByLink(token: string, now = new Date()): Promise<AppointmentBooking> {
    const booking = await this.dataSource.manager.findOneBy(AppointmentBooking, { id: this.bookingIdOfLink(token, now) });
    if (!booking) throw AppointmentsException.linkInvalid();
    return booking;
  }

  async cancelByLink(token: string, now = new Date()): Promise<AppointmentBooking> {
    const bookingId = this.bookingIdOfLink(token, now);
    return this.dataSource.transaction(async (manager) => {
      const booking = await manager.findOne(AppointmentBooking, { where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
      if (!booking) throw AppointmentsException.linkInvalid();
      return this.cancelLocked(manager, booking, now, null);
    });
  }

  async moveByLink(token: string, startsAt: Date, now = new Date()): Promise<AppointmentBooking> {
    const booking = await this.bookingByLink(token, now);
    return this.moveBooking(booking.id, booking.bookerAccountId, startsAt, now);
  }

  // ---------------------------------------------------------------- staff: the day

  /** The bookings of the actor's offices on one Berlin day (`YYYY-MM-DD`), in one statement. */
  async staffDay(actor: Actor, day: string, office?: AppointmentOffice | null): Promise<AppointmentBooking[]> {
    const offices = officesOf(actor).filter((candidate) => !office || candidate === office);
    if (officesOf(actor).length === 0) throw DomainException.forbidden();
    const start = DateTime.fromISO(day, { zone: CITY_TIME_ZONE });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !start.isValid) throw AppointmentsException.field('day', 'date', 'day');
    if (offices.length === 0) return [];
    return this.dataSource.manager
      .createQueryBuilder(AppointmentBooking, 'booking')
      .where('booking.office IN (:...offices) AND booking.starts_at >= :from AND booking.starts_at < :until', {
        offices,
        from: start.toJSDate(),
        until: start.plus({ days: 1 }).toJSDate(),
      })
      .orderBy('booking.starts_at', 'ASC')
      .addOrderBy('booking.id', 'ASC')
      .take(1000)
      .getMany();
  }

  /** Staff: the day's home visits of their offices, grouped by district (for the route and the printed visit sheet). */
  async homeVisitPlan(actor: Actor, day: string): Promise<{ district: VisitDistrict; visits: AppointmentBooking[] }[]> {
    const visits = (await this.staffDay(actor, day)).filter(
      (booking) => booking.channel === AppointmentChannel.home_visit && booking.status !== AppointmentStatus.cancelled,
    );
    const groups = new Map<VisitDistrict, AppointmentBooking[]>();
    for (const visit of visits) groups.set(visit.visitDistrict!, [...(groups.get(visit.visitDistrict!) ?? []), visit]);
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([district, list]) => ({ district, visits: list }));
  }

  private async staffBooking(manager: EntityManager, actor: Actor, bookingId: string): Promise<AppointmentBooking> {
    const booking = await manager.findOne(AppointmentBooking, { where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
    if (!booking || !worksFor(actor, booking.office)) throw DomainException.notFound();
    return booking;
  }

  /** Attended or no-show, once the appointment has begun. */
  async markAttendance(actor: Actor, bookingId: string, attended: boolean, now = new Date()): Promise<AppointmentBooking> {
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.staffBooking(manager, actor, bookingId);
      const marked = booking.status === AppointmentStatus.attended || booking.status === AppointmentStatus.no_show;
      if (!(booking.status === AppointmentStatus.booked || marked) || booking.startsAt > now) throw AppointmentsException.notChangeable();
      booking.status = attended ? AppointmentStatus.attended : AppointmentStatus.no_show;
      const saved = await manager.save(booking);
      await this.audit.record(
        {
          action: `appointments.${booking.status}`,
          actorAccountId: actor.accountId,
          subjectType: 'appointment_booking',
          subjectId: booking.id,
        },
        manager,
      );
      return saved;
    });
  }

  async staffCancel(actor: Actor, bookingId: string, reason: string, now = new Date()): Promise<AppointmentBooking> {
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 500) throw AppointmentsException.field('reason', 'length', 'reason');
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.staffBooking(manager, actor, bookingId);
      const saved = await this.cancelLocked(manager, booking, now, trimmed);
      await this.audit.record(
        {
          action: 'appointments.cancelled_by_staff',
          actorAccountId: actor.accountId,
          subjectType: 'appointment_booking',
          subjectId: booking.id,
        },
        manager,
      );
      return saved;
    });
  }

  /** Bookings about the given back office cases (for the staff case view), in one statement. */
  async bookingsOfCases(caseIds: readonly string[]): Promise<Map<string, AppointmentBooking[]>> {
    const result = new Map<string, AppointmentBooking[]>();
    if (caseIds.length === 0) return result;
    const rows = await this.dataSource.manager.find(AppointmentBooking, {
      where: { caseId: In([...caseIds]) },
      order: { startsAt: 'ASC' },
    });
    for (const row of rows) result.set(row.caseId!, [...(result.get(row.caseId!) ?? []), row]);
    return result;
  }

  async servicesByIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, AppointmentServiceEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.findBy(AppointmentServiceEntity, { id: In([...new Set(ids)]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  // ---------------------------------------------------------------- reminders (job)

  /**
   * Job: the reminders 24 hours and 1 hour before. Each is claimed by a conditional update
   * (`reminded_…_at IS NULL`), so a second run (or a second process) sends nothing again. A booking
   * made less than a day (an hour) ahead gets no day (hour) reminder: its confirmation just arrived.
   */
  async sendReminders(now = new Date()): Promise<number> {
    let sent = 0;
    for (const [column, ahead, template] of [
      ['reminded_day_before_at', 24, 'appointments.reminder_day'],
      ['reminded_hour_before_at', 1, 'appointments.reminder_hour'],
    ] as const) {
      sent += await this.dataSource.transaction(async (manager) => {
        const [claimed] = (await manager.query(
          `UPDATE appointment_bookings SET "${column}" = $1
            WHERE status = 'booked' AND "${column}" IS NULL AND starts_at > $1
              AND starts_at <= $1 + make_interval(hours => $2) AND created_at <= starts_at - make_interval(hours => $2)
          RETURNING id`,
          [now, ahead],
        )) as [{ id: string }[], number];
        if (claimed.length === 0) return 0;
        const bookings = await manager.findBy(AppointmentBooking, { id: In(claimed.map((row) => row.id)) });
        const services = await this.servicesByIds(
          bookings.map((booking) => booking.serviceId),
          manager,
        );
        for (const booking of bookings) await this.tell(manager, booking, services.get(booking.serviceId)!, template);
        return bookings.length;
      });
    }
    return sent;
  }

  // ---------------------------------------------------------------- e-mails

  private params(booking: AppointmentBooking, service: AppointmentServiceEntity): MessageParams {
    const local = DateTime.fromJSDate(booking.startsAt, { zone: booking.bookerTimeZone });
    const abroad = booking.bookerTimeZone !== CITY_TIME_ZONE;
    return {
      service: param.content(service.names),
      startsAt: param.dateTime(booking.startsAt),
      localTime: param.ltr(abroad ? `${local.toFormat('yyyy-MM-dd HH:mm')} (${booking.bookerTimeZone})` : ''),
      channel: param.key(`appointments:channel.${booking.channel}`),
      place:
        booking.channel === AppointmentChannel.video
          ? param.key('appointments:channel.video_place')
          : booking.channel === AppointmentChannel.home_visit
            ? (booking.visitAddress ?? '')
            : (service.place ?? ''),
      reason: booking.cancelReason ?? '',
      link: `${this.config.publicUrl}/appointments/manage?token=${encodeURIComponent(this.links.issue(booking.id, booking.startsAt))}`,
    };
  }

  private async tell(
    manager: EntityManager,
    booking: AppointmentBooking,
    service: AppointmentServiceEntity,
    template: EmailTemplate,
  ): Promise<void> {
    await this.notifications.notify(manager, booking.bookerAccountId, {
      email: { template, params: this.params(booking, service), attachments: [{ kind: APPOINTMENT_CALENDAR_ATTACHMENT, ref: booking.id }] },
    });
  }
}

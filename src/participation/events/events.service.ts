import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { LocalQueue } from '../../database/local-queue.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { contentParam, param, type MessageParam, type MessageParams } from '../../common/i18n/message-params.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { CardHolderLookup } from '../../cards/index.js';
import { AccountDirectory } from '../../identity/index.js';
import { AccountNotifications, type EmailTemplate } from '../../notifications/index.js';
import { audienceIncludes, isEmptyAudience, normalizeAudience, type AudienceProfile } from '../audience/audience.js';
import { AudienceService } from '../audience/audience.service.js';
import { COMMUNICATION_ROLES } from '../participation-roles.js';
import {
  ParticipationEvent,
  ParticipationEventRegistration,
  ParticipationEventStatus,
  ParticipationRegistrationStatus,
  type EventTranslations,
} from './events.entities.js';
import { EventsException } from './events.exception.js';
import type { ParticipationEventInput, ParticipationEventTranslationInput } from './events.inputs.js';

/** The e-mail attachment kind of an event's calendar file; the reference is `<registrationId>` or `<registrationId>:cancel`. */
export const EVENT_CALENDAR_ATTACHMENT = 'participation.event-calendar';

/** How long a person moved up from the waiting list has to confirm (at most until the registration deadline). */
export const SEAT_OFFER_HOURS = 48;

const SEAT_HOLDING = [ParticipationRegistrationStatus.confirmed, ParticipationRegistrationStatus.offered];

export interface EventCounts {
  seatsTaken: number;
  waitingCount: number;
  checkedInCount: number;
}

export type CheckInOutcome = 'checked_in' | 'already_checked_in' | 'not_registered' | 'invalid_card';

export interface CheckInResult {
  outcome: CheckInOutcome;
  reason: string | null;
  registrationId: string | null;
  email: string | null;
  checkedInAt: Date | null;
}

export interface CheckInEntry {
  registrationId: string;
  cardIds: string[];
  email: string;
  checkedInAt: Date | null;
}

/** The registrations staff see: each with its waiting position and e-mail address. */
export interface StaffRegistration {
  registration: ParticipationEventRegistration;
  waitingPosition: number | null;
  email: string | null;
}

/**
 * Events for virtual citizens: staff (communication) write, publish, change and cancel them;
 * residents in the audience register. Seats are decided under a lock of the event row
 * (`SELECT … FOR UPDATE`), and one registration per person by the unique constraint.
 */
@Injectable()
export class EventsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audiences: AudienceService,
    private readonly notifications: AccountNotifications,
    private readonly accounts: AccountDirectory,
    private readonly cards: CardHolderLookup,
    private readonly audit: AuditService,
    private readonly queue: LocalQueue,
  ) {}

  isCommunicationStaff(actor: Actor): boolean {
    return hasRole(actor, ...COMMUNICATION_ROLES);
  }

  private requireStaff(actor: Actor): void {
    if (!this.isCommunicationStaff(actor)) throw DomainException.forbidden();
  }

  // ---------------------------------------------------------------- staff: writing

  async create(actor: Actor, input: ParticipationEventInput): Promise<ParticipationEvent> {
    this.requireStaff(actor);
    const fields = this.fieldsOf(input);
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.save(Object.assign(new ParticipationEvent(), fields, { createdByAccountId: actor.accountId }));
      await this.audit.record(
        { action: 'participation.event_created', actorAccountId: actor.accountId, subjectType: 'participation_event', subjectId: event.id },
        manager,
      );
      return event;
    });
  }

  async update(actor: Actor, eventId: string, input: ParticipationEventInput, now = new Date()): Promise<ParticipationEvent> {
    this.requireStaff(actor);
    const fields = this.fieldsOf(input);
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockEvent(manager, eventId);
      if (event.status === ParticipationEventStatus.cancelled) throw EventsException.notEditable();
      const taken = (await this.countsOf([event.id], manager)).get(event.id)?.seatsTaken ?? 0;
      if (fields.capacity < taken) throw EventsException.field('capacity', 'min', 'capacity_below_taken', { taken });
      const timeOrPlaceChanged =
        event.startsAt.getTime() !== fields.startsAt.getTime() ||
        event.endsAt.getTime() !== fields.endsAt.getTime() ||
        event.place !== fields.place ||
        event.onlineUrl !== fields.onlineUrl;
      const published = event.status === ParticipationEventStatus.published;
      Object.assign(event, fields);
      if (published) event.sequence += 1;
      const saved = await manager.save(event);
      await this.audit.record(
        { action: 'participation.event_updated', actorAccountId: actor.accountId, subjectType: 'participation_event', subjectId: event.id },
        manager,
      );
      if (published && timeOrPlaceChanged) {
        const holders = await manager.find(ParticipationEventRegistration, { where: { eventId, status: In(SEAT_HOLDING) } });
        for (const registration of holders) {
          await this.tell(manager, saved, registration, 'participationEvents.updated', 'participationEvents.updated', true);
        }
      }
      if (published) await this.offerFreeSeats(manager, saved, now);
      return saved;
    });
  }

  async publish(actor: Actor, eventId: string): Promise<ParticipationEvent> {
    this.requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockEvent(manager, eventId);
      if (event.status !== ParticipationEventStatus.draft) throw EventsException.notEditable();
      event.status = ParticipationEventStatus.published;
      event.publishedAt = new Date();
      const saved = await manager.save(event);
      await this.audit.record(
        {
          action: 'participation.event_published',
          actorAccountId: actor.accountId,
          subjectType: 'participation_event',
          subjectId: event.id,
        },
        manager,
      );
      return saved;
    });
  }

  /** Cancels the event; everyone registered or waiting is told, seat holders with a METHOD:CANCEL calendar file. */
  async cancel(actor: Actor, eventId: string): Promise<ParticipationEvent> {
    this.requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockEvent(manager, eventId);
      if (event.status === ParticipationEventStatus.cancelled) throw EventsException.notCancellable();
      const wasPublished = event.status === ParticipationEventStatus.published;
      event.status = ParticipationEventStatus.cancelled;
      event.cancelledAt = new Date();
      event.sequence += 1;
      const saved = await manager.save(event);
      await this.audit.record(
        {
          action: 'participation.event_cancelled',
          actorAccountId: actor.accountId,
          subjectType: 'participation_event',
          subjectId: event.id,
        },
        manager,
      );
      if (wasPublished) {
        const registrations = await manager.find(ParticipationEventRegistration, {
          where: { eventId, status: In([...SEAT_HOLDING, ParticipationRegistrationStatus.waiting]) },
          order: { createdAt: 'ASC' },
        });
        for (const registration of registrations) {
          const holdsSeat = SEAT_HOLDING.includes(registration.status);
          await this.tell(
            manager,
            saved,
            registration,
            'participationEvents.event_cancelled',
            'participationEvents.event_cancelled',
            holdsSeat,
          );
        }
      }
      return saved;
    });
  }

  // ---------------------------------------------------------------- reading

  /** Staff: every event, newest start first. */
  async staffEvents(actor: Actor): Promise<ParticipationEvent[]> {
    this.requireStaff(actor);
    return this.dataSource.manager.find(ParticipationEvent, { order: { startsAt: 'DESC', id: 'ASC' }, take: 500 });
  }

  /** Residents: published events that have not ended and whose audience includes them, and any they registered for. */
  async residentEvents(actor: Actor, now = new Date()): Promise<ParticipationEvent[]> {
    return (await this.residentEventsWithRegistrations(actor, now)).events;
  }

  /** `residentEvents` with the reader's own registrations (read once for the list and its `myRegistration`). */
  async residentEventsWithRegistrations(
    actor: Actor,
    now = new Date(),
  ): Promise<{ events: ParticipationEvent[]; own: ParticipationEventRegistration[] }> {
    const [profile, events, own] = await Promise.all([
      this.audiences.profileOf(actor.accountId),
      this.dataSource.manager
        .createQueryBuilder(ParticipationEvent, 'event')
        .where('event.status = :published AND event.ends_at > :now', { published: ParticipationEventStatus.published, now })
        .orderBy('event.starts_at', 'ASC')
        .addOrderBy('event.id', 'ASC')
        .take(500)
        .getMany(),
      this.ownRegistrations(actor.accountId),
    ]);
    const registeredEventIds = new Set(own.map((registration) => registration.eventId));
    return { events: events.filter((event) => registeredEventIds.has(event.id) || audienceIncludes(event.audience, profile)), own };
  }

  /** One event: staff any; a resident a published or cancelled one in their audience or that they registered for. */
  async event(actor: Actor, eventId: string): Promise<ParticipationEvent> {
    const event = await this.dataSource.manager.findOneBy(ParticipationEvent, { id: eventId });
    if (!event) throw DomainException.notFound();
    if (this.isCommunicationStaff(actor)) return event;
    await this.assertVisible(actor, event);
    return event;
  }

  private async assertVisible(
    actor: Actor,
    event: ParticipationEvent,
    manager: EntityManager = this.dataSource.manager,
    profile?: AudienceProfile,
  ) {
    if (event.status === ParticipationEventStatus.draft) throw DomainException.notFound();
    const registered = await manager.existsBy(ParticipationEventRegistration, { eventId: event.id, accountId: actor.accountId });
    if (registered) return;
    if (event.status !== ParticipationEventStatus.published) throw DomainException.notFound();
    if (!audienceIncludes(event.audience, profile ?? (await this.audiences.profileOf(actor.accountId, manager))))
      throw DomainException.notFound();
  }

  async ownRegistrations(accountId: string): Promise<ParticipationEventRegistration[]> {
    return this.dataSource.manager.find(ParticipationEventRegistration, { where: { accountId }, order: { createdAt: 'ASC' } });
  }

  /** Seats taken, waiting and checked in, for many events in one statement. */
  async countsOf(eventIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, EventCounts>> {
    const result = new Map<string, EventCounts>();
    for (const id of eventIds) result.set(id, { seatsTaken: 0, waitingCount: 0, checkedInCount: 0 });
    if (eventIds.length === 0) return result;
    const rows: { event_id: string; taken: number; waiting: number; checked_in: number }[] = await manager.query(
      `SELECT event_id,
              count(*) FILTER (WHERE status IN ('confirmed', 'offered'))::int AS taken,
              count(*) FILTER (WHERE status = 'waiting')::int AS waiting,
              count(*) FILTER (WHERE checked_in_at IS NOT NULL)::int AS checked_in
         FROM participation_event_registrations WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
      [eventIds],
    );
    for (const row of rows) result.set(row.event_id, { seatsTaken: row.taken, waitingCount: row.waiting, checkedInCount: row.checked_in });
    return result;
  }

  /** Waiting positions (1 = next) of the given registrations, in one statement. */
  async waitingPositionsOf(registrationIds: readonly string[]): Promise<Map<string, number>> {
    const result = new Map<string, number>();
    if (registrationIds.length === 0) return result;
    const rows: { id: string; position: number }[] = await this.dataSource.query(
      `SELECT id, position FROM (
         SELECT id, row_number() OVER (PARTITION BY event_id ORDER BY waiting_since, id)::int AS position
           FROM participation_event_registrations
          WHERE status = 'waiting' AND event_id IN (SELECT event_id FROM participation_event_registrations WHERE id = ANY($1::uuid[]))
       ) ranked WHERE id = ANY($1::uuid[])`,
      [registrationIds],
    );
    for (const row of rows) result.set(row.id, row.position);
    return result;
  }

  /** Staff: every registration of an event (seat holders, then the waiting list in order, then cancelled). */
  async registrations(actor: Actor, eventId: string): Promise<StaffRegistration[]> {
    this.requireStaff(actor);
    await this.event(actor, eventId);
    const registrations = await this.dataSource.manager.find(ParticipationEventRegistration, {
      where: { eventId },
      order: { waitingSince: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const contacts = await this.accounts.contactsOf(registrations.map((registration) => registration.accountId));
    const rank = { confirmed: 0, offered: 1, waiting: 2, cancelled: 3 } as const;
    let position = 0;
    return registrations
      .sort((a, b) => rank[a.status] - rank[b.status])
      .map((registration) => ({
        registration,
        waitingPosition: registration.status === ParticipationRegistrationStatus.waiting ? (position += 1) : null,
        email: contacts.get(registration.accountId)?.email ?? null,
      }));
  }

  // ---------------------------------------------------------------- residents: registering

  /** One click: a seat when one is free (and no one waits), else the waiting list. */
  async register(actor: Actor, eventId: string, now = new Date()): Promise<ParticipationEventRegistration> {
    // Who may see the event needs no lock: checked first, so the locked section stays short.
    const visible = await this.dataSource.manager.findOneBy(ParticipationEvent, { id: eventId });
    if (!visible) throw DomainException.notFound();
    await this.assertVisible(actor, visible);
    // A rush for the last seats queues in memory first, so it holds one pool connection per event and
    // process while the row lock decides, not one per person waiting for the lock.
    return this.queue.run(`participation-event:${eventId}`, () =>
      this.dataSource.transaction(async (manager) => {
        const event = await this.lockEvent(manager, eventId);
        if (event.status !== ParticipationEventStatus.published) throw DomainException.notFound();
        if (now >= event.registrationDeadline) throw EventsException.registrationClosed();
        const existing = await manager.findOneBy(ParticipationEventRegistration, { eventId, accountId: actor.accountId });
        if (existing && existing.status !== ParticipationRegistrationStatus.cancelled) throw EventsException.alreadyRegistered();
        const counts = (await this.countsOf([eventId], manager)).get(eventId)!;
        const seat = counts.seatsTaken < event.capacity && counts.waitingCount === 0;
        // The place in the queue is the moment the lock was held (the database's clock), so positions follow the lock's order.
        const waitingSince = seat ? null : ((await manager.query(`SELECT clock_timestamp() AS at`)) as { at: Date }[])[0].at;
        const registration = Object.assign(existing ?? new ParticipationEventRegistration(), {
          eventId,
          accountId: actor.accountId,
          status: seat ? ParticipationRegistrationStatus.confirmed : ParticipationRegistrationStatus.waiting,
          waitingSince,
          offerExpiresAt: null,
          checkedInAt: null,
          remindedAt: null,
        });
        const saved = await manager.save(registration);
        if (seat) await this.tell(manager, event, saved, 'participationEvents.registered', 'participationEvents.registered', true);
        else await this.tellInApp(manager, event, saved, 'participationEvents.waiting');
        return saved;
      }),
    );
  }

  /** The registrant gives up; a seat they held goes to the first person waiting. */
  async cancelRegistration(actor: Actor, registrationId: string, now = new Date()): Promise<ParticipationEventRegistration> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(ParticipationEventRegistration, { id: registrationId, accountId: actor.accountId });
      if (!found) throw DomainException.notFound();
      const event = await this.lockEvent(manager, found.eventId);
      const registration = await manager.findOneByOrFail(ParticipationEventRegistration, { id: registrationId });
      if (registration.status === ParticipationRegistrationStatus.cancelled) return registration;
      const heldSeat = SEAT_HOLDING.includes(registration.status);
      registration.status = ParticipationRegistrationStatus.cancelled;
      registration.offerExpiresAt = null;
      const saved = await manager.save(registration);
      if (heldSeat && event.status === ParticipationEventStatus.published) {
        await this.tell(manager, event, saved, 'participationEvents.registration_cancelled', null, true);
        await this.offerFreeSeats(manager, event, now);
      }
      return saved;
    });
  }

  /**
   * Erasure of an account (privacy): its registrations go, and every seat it held in a published,
   * upcoming event is offered to the people waiting, as a cancellation would. Runs in the erasure's
   * transaction; events are locked in id order so two erasures cannot deadlock.
   */
  async removeRegistrationsOfErasedAccount(manager: EntityManager, accountId: string, now = new Date()): Promise<number> {
    const held: { event_id: string }[] = await manager.query(
      `SELECT DISTINCT event_id FROM participation_event_registrations
        WHERE account_id = $1 AND status IN ('confirmed', 'offered') ORDER BY event_id`,
      [accountId],
    );
    const events: ParticipationEvent[] = [];
    for (const { event_id } of held) events.push(await this.lockEvent(manager, event_id));
    const removed = await manager.delete(ParticipationEventRegistration, { accountId });
    for (const event of events) {
      if (event.status === ParticipationEventStatus.published) await this.offerFreeSeats(manager, event, now);
    }
    return removed.affected ?? 0;
  }

  /** A person moved up from the waiting list takes the seat offered to them, before the offer expires. */
  async confirmSeat(actor: Actor, registrationId: string, now = new Date()): Promise<ParticipationEventRegistration> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(ParticipationEventRegistration, { id: registrationId, accountId: actor.accountId });
      if (!found) throw DomainException.notFound();
      const event = await this.lockEvent(manager, found.eventId);
      const registration = await manager.findOneByOrFail(ParticipationEventRegistration, { id: registrationId });
      if (
        event.status !== ParticipationEventStatus.published ||
        registration.status !== ParticipationRegistrationStatus.offered ||
        !registration.offerExpiresAt ||
        registration.offerExpiresAt <= now
      ) {
        throw EventsException.noOffer();
      }
      registration.status = ParticipationRegistrationStatus.confirmed;
      registration.offerExpiresAt = null;
      const saved = await manager.save(registration);
      await this.tell(manager, event, saved, 'participationEvents.registered', 'participationEvents.registered', true);
      return saved;
    });
  }

  /** Job: offers that ran out go back (the person is told) and the seat is offered to the next one waiting. */
  async expireOffers(now = new Date()): Promise<number> {
    const due: { event_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT event_id FROM participation_event_registrations WHERE status = 'offered' AND offer_expires_at <= $1`,
      [now],
    );
    let expired = 0;
    for (const { event_id: eventId } of due) {
      expired += await this.dataSource.transaction(async (manager) => {
        const event = await this.lockEvent(manager, eventId);
        const lapsed = await manager
          .createQueryBuilder(ParticipationEventRegistration, 'registration')
          .where('registration.event_id = :eventId AND registration.status = :offered AND registration.offer_expires_at <= :now', {
            eventId,
            offered: ParticipationRegistrationStatus.offered,
            now,
          })
          .getMany();
        for (const registration of lapsed) {
          registration.status = ParticipationRegistrationStatus.cancelled;
          registration.offerExpiresAt = null;
          await manager.save(registration);
          await this.tellInApp(manager, event, registration, 'participationEvents.offer_expired');
        }
        if (event.status === ParticipationEventStatus.published) await this.offerFreeSeats(manager, event, now);
        return lapsed.length;
      });
    }
    return expired;
  }

  /** Job: the day before, each confirmed person is reminded once (with the calendar file). */
  async sendReminders(now = new Date()): Promise<number> {
    const until = new Date(now.getTime() + 24 * 3600_000);
    return this.dataSource.transaction(async (manager) => {
      const claimed: { id: string }[] = await manager.query(
        `UPDATE participation_event_registrations r SET reminded_at = $1
           FROM participation_events e
          WHERE r.event_id = e.id AND e.status = 'published' AND r.status = 'confirmed' AND r.reminded_at IS NULL
            AND e.starts_at > $1 AND e.starts_at <= $2
        RETURNING r.id`,
        [now, until],
      );
      const flat = (Array.isArray(claimed[0]) ? claimed[0] : claimed) as { id: string }[];
      if (flat.length === 0) return 0;
      const registrations = await manager.findBy(ParticipationEventRegistration, { id: In(flat.map((row) => row.id)) });
      const events = new Map(
        (await manager.findBy(ParticipationEvent, { id: In([...new Set(registrations.map((registration) => registration.eventId))]) })).map(
          (event) => [event.id, event],
        ),
      );
      for (const registration of registrations) {
        await this.tell(manager, events.get(registration.eventId)!, registration, 'participationEvents.reminder', null, true);
      }
      return registrations.length;
    });
  }

  // ---------------------------------------------------------------- staff: at the door

  /** A scanned card: is its holder confirmed for this event? Marks them present once. */
  async checkInByCard(actor: Actor, eventId: string, code: string, now = new Date()): Promise<CheckInResult> {
    this.requireStaff(actor);
    await this.event(actor, eventId);
    const holder = await this.cards.holderOfPresentedCode(code, now);
    if (!holder.ok) return { outcome: 'invalid_card', reason: holder.reason, registrationId: null, email: null, checkedInAt: null };
    const registration = await this.dataSource.manager.findOneBy(ParticipationEventRegistration, { eventId, accountId: holder.accountId });
    if (!registration || registration.status !== ParticipationRegistrationStatus.confirmed) {
      return { outcome: 'not_registered', reason: null, registrationId: null, email: null, checkedInAt: null };
    }
    return this.markPresent(registration, now);
  }

  /** By name from the list (or a check-in the door queued while offline, with the time it happened). */
  async checkInRegistration(actor: Actor, registrationId: string, at?: Date | null, now = new Date()): Promise<CheckInResult> {
    this.requireStaff(actor);
    const registration = await this.dataSource.manager.findOneBy(ParticipationEventRegistration, { id: registrationId });
    if (!registration) throw DomainException.notFound();
    if (registration.status !== ParticipationRegistrationStatus.confirmed) {
      return { outcome: 'not_registered', reason: null, registrationId: registration.id, email: null, checkedInAt: null };
    }
    const when = at && at <= now ? at : now;
    return this.markPresent(registration, when);
  }

  private async markPresent(registration: ParticipationEventRegistration, when: Date): Promise<CheckInResult> {
    const contact = await this.accounts.contactOf(registration.accountId);
    const email = contact?.email ?? null;
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(ParticipationEventRegistration)
      .set({ checkedInAt: when })
      .where('id = :id AND checked_in_at IS NULL AND status = :confirmed', {
        id: registration.id,
        confirmed: ParticipationRegistrationStatus.confirmed,
      })
      .execute();
    if (result.affected) return { outcome: 'checked_in', reason: null, registrationId: registration.id, email, checkedInAt: when };
    const current = await this.dataSource.manager.findOneByOrFail(ParticipationEventRegistration, { id: registration.id });
    return { outcome: 'already_checked_in', reason: null, registrationId: registration.id, email, checkedInAt: current.checkedInAt };
  }

  /** The door's offline list: confirmed registrants with their card ids (no names). */
  async checkInList(actor: Actor, eventId: string): Promise<CheckInEntry[]> {
    this.requireStaff(actor);
    await this.event(actor, eventId);
    const registrations = await this.dataSource.manager.find(ParticipationEventRegistration, {
      where: { eventId, status: ParticipationRegistrationStatus.confirmed },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const accountIds = registrations.map((registration) => registration.accountId);
    const [cardIds, contacts] = await Promise.all([this.cards.cardIdsOf(accountIds), this.accounts.contactsOf(accountIds)]);
    return registrations.map((registration) => ({
      registrationId: registration.id,
      cardIds: cardIds.get(registration.accountId) ?? [],
      email: contacts.get(registration.accountId)?.email ?? '',
      checkedInAt: registration.checkedInAt,
    }));
  }

  /** The calendar file's event, for its registrant or staff (another person's id is NOT_FOUND). */
  async calendarEvent(actor: Actor, eventId: string): Promise<ParticipationEvent> {
    return this.event(actor, eventId);
  }

  // ---------------------------------------------------------------- internals

  private async lockEvent(manager: EntityManager, eventId: string): Promise<ParticipationEvent> {
    const event = await manager
      .createQueryBuilder(ParticipationEvent, 'event')
      .setLock('pessimistic_write')
      .where('event.id = :eventId', { eventId })
      .getOne();
    if (!event) throw DomainException.notFound();
    return event;
  }

  /** Under the event's lock: free seats go to the people waiting longest, each with a deadline to confirm. */
  private async offerFreeSeats(manager: EntityManager, event: ParticipationEvent, now: Date): Promise<void> {
    const counts = (await this.countsOf([event.id], manager)).get(event.id)!;
    const free = event.capacity - counts.seatsTaken;
    if (free <= 0 || counts.waitingCount === 0 || now >= event.startsAt) return;
    const next = await manager.find(ParticipationEventRegistration, {
      where: { eventId: event.id, status: ParticipationRegistrationStatus.waiting },
      order: { waitingSince: 'ASC', id: 'ASC' },
      take: free,
    });
    const latest = Math.max(event.registrationDeadline.getTime(), now.getTime() + 2 * 3600_000);
    const expiresAt = new Date(Math.min(now.getTime() + SEAT_OFFER_HOURS * 3600_000, latest, event.startsAt.getTime()));
    for (const registration of next) {
      registration.status = ParticipationRegistrationStatus.offered;
      registration.offerExpiresAt = expiresAt;
      await manager.save(registration);
      await this.tell(manager, event, registration, 'participationEvents.seat_offered', 'participationEvents.seat_offered', false);
    }
  }

  private params(event: ParticipationEvent, registration: ParticipationEventRegistration): MessageParams {
    return {
      title: eventTitleParam(event),
      startsAt: param.dateTime(event.startsAt),
      place: event.place ? event.place : param.ltr(event.onlineUrl ?? ''),
      ...(registration.offerExpiresAt ? { expiresAt: param.dateTime(registration.offerExpiresAt) } : {}),
      link: `${this.config.publicUrl}/events/${event.id}`,
    };
  }

  private async tell(
    manager: EntityManager,
    event: ParticipationEvent,
    registration: ParticipationEventRegistration,
    template: EmailTemplate,
    inAppKind: string | null,
    calendar: boolean,
  ): Promise<void> {
    const params = this.params(event, registration);
    const cancel = event.status === ParticipationEventStatus.cancelled || registration.status === ParticipationRegistrationStatus.cancelled;
    await this.notifications.notify(manager, registration.accountId, {
      email: {
        template,
        params,
        attachments: calendar ? [{ kind: EVENT_CALENDAR_ATTACHMENT, ref: `${registration.id}${cancel ? ':cancel' : ''}` }] : [],
      },
      ...(inAppKind
        ? {
            inApp: {
              kind: inAppKind,
              params: { title: eventTitleParam(event), ...(params.expiresAt ? { expiresAt: params.expiresAt } : {}) },
              link: `/events/${event.id}`,
            },
          }
        : {}),
    });
  }

  private async tellInApp(manager: EntityManager, event: ParticipationEvent, registration: ParticipationEventRegistration, kind: string) {
    await this.notifications.notify(manager, registration.accountId, {
      inApp: { kind, params: { title: eventTitleParam(event) }, link: `/events/${event.id}` },
    });
  }

  private fieldsOf(input: ParticipationEventInput) {
    const problems: { field: string; constraint: string; key: string }[] = [];
    if (!input.place?.trim() && !input.onlineUrl?.trim()) problems.push({ field: 'place', constraint: 'required', key: 'place_or_link' });
    if (input.endsAt <= input.startsAt) problems.push({ field: 'endsAt', constraint: 'after', key: 'ends_before_start' });
    if (input.registrationDeadline > input.startsAt)
      problems.push({ field: 'registrationDeadline', constraint: 'before', key: 'deadline_after_start' });
    if (isEmptyAudience(input.audience)) problems.push({ field: 'audience', constraint: 'required', key: 'audience_empty' });
    const translations: EventTranslations = {};
    (input.translations ?? []).forEach((translation: ParticipationEventTranslationInput, index) => {
      if (translations[translation.language]) {
        problems.push({ field: `translations.${index}.language`, constraint: 'unique', key: 'translation_duplicate' });
      }
      translations[translation.language] = { title: translation.title.trim(), description: (translation.description ?? '').trim() };
    });
    if (problems.length > 0) {
      throw DomainException.invalidInput(
        problems.map(({ field, constraint, key }) => ({ field, constraint, messageKey: `participationEvents.${key}` })),
      );
    }
    return {
      titleDe: input.titleDe.trim(),
      descriptionDe: (input.descriptionDe ?? '').trim(),
      translations,
      kind: input.kind,
      place: input.place?.trim() || null,
      onlineUrl: input.onlineUrl?.trim() || null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      audience: normalizeAudience(input.audience),
      registrationDeadline: input.registrationDeadline,
    };
  }
}

/** The event's title for a message written later, in its reader's language (German where untranslated). */
function eventTitleParam(event: ParticipationEvent): MessageParam {
  return contentParam(
    event.titleDe,
    Object.fromEntries(Object.entries(event.translations ?? {}).map(([language, texts]) => [language, texts?.title])),
  );
}

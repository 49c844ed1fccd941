import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppointmentOffice } from '../appointments/index.js';
import type { Caller } from '../common/auth/access.decorators.js';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { ClusterEvents, type ClusterEventPayload } from '../common/cluster-events/index.js';
import { brokenUniqueConstraint } from '../common/idempotency/index.js';
import { Role } from '../identity/index.js';
import { callerColumnsOf, terminalParticipantId } from './consultation-caller.js';
import { ConsultationsException } from './consultations.exception.js';
import { TalkNowDuty, TalkNowRequest, TalkNowStatus } from './talk-now.entities.js';

/** A staff member whose heartbeat (going on duty, taking a caller, reading the desk) is older counts as off duty. */
export const DUTY_TIMEOUT_MINUTES = 15;
/**
 * A waiting caller whose page has not asked again for this long has left (closed the page, lost the
 * network): staff skip them and their request is cancelled. The page asks again every 30 seconds
 * (client/src/consultations/TalkNowPanel.tsx).
 */
export const CALLER_TIMEOUT_SECONDS = 120;
/** How long the room of a talk-now call stays open after staff took the caller (the configured grace follows). */
export const TALK_NOW_CALL_MINUTES = 60;
/** Room ids of talk-now calls: `now-<request id>` (a booking's room id is the booking id). */
export const TALK_NOW_ROOM_PREFIX = 'now-';
/** The bus channel of queue changes (waiting, taken, cancelled, ended). */
export const TALK_NOW_CHANNEL = 'consultations.talk_now';

/** The staff role of each office (as the appointments domain binds staff to offices); administrators act for every office. */
const OFFICE_ROLES: Record<AppointmentOffice, Role> = {
  [AppointmentOffice.citizens_office]: Role.staff_citizens_office,
  [AppointmentOffice.economic_development]: Role.staff_economic_development,
};

/** The offices whose talk-now queue the actor works. */
export function talkNowOfficesOf(actor: Actor): AppointmentOffice[] {
  if (hasRole(actor, Role.admin)) return Object.values(AppointmentOffice);
  return Object.values(AppointmentOffice).filter((office) => hasRole(actor, OFFICE_ROLES[office]));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TalkNowChange extends ClusterEventPayload {
  requestId: string;
  office: AppointmentOffice;
  callerAccountId: string | null;
  callerKioskDeviceId: string | null;
  staffAccountId: string | null;
  status: TalkNowStatus;
}

export function isTalkNowChange(payload: ClusterEventPayload): payload is TalkNowChange {
  return (
    typeof payload.requestId === 'string' &&
    (typeof payload.callerAccountId === 'string' || typeof payload.callerKioskDeviceId === 'string') &&
    Object.values(AppointmentOffice).includes(payload.office as AppointmentOffice) &&
    Object.values(TalkNowStatus).includes(payload.status as TalkNowStatus)
  );
}

export interface TalkNowAvailability {
  office: AppointmentOffice;
  available: boolean;
  staffOnDuty: number;
  waiting: number;
}

export interface TalkNowRequestView {
  request: TalkNowRequest;
  /** Callers ahead in the queue (0 = next); null unless waiting. */
  ahead: number | null;
}

export interface TalkNowDesk {
  office: AppointmentOffice;
  onDuty: boolean;
  waiting: number;
  staffOnDuty: number;
  currentCall: TalkNowRequest | null;
}

/** A connected talk-now call as a room: what the room needs of it (like a booked video appointment). */
export interface TalkNowRoomCall {
  roomId: string;
  startsAt: Date;
  endsAt: Date;
  staffAccountId: string;
  /** The caller's participant id (participantIdOf). */
  callerId: string;
  /** Where nobody signed in at a self-service terminal: the terminal that calls. */
  callerKioskDeviceId: string | null;
}

/** Whether a change concerns the caller: their own request, or (staff) the call they took. */
export function concernsCaller(change: TalkNowChange, caller: Caller): boolean {
  const { accountId, kioskDeviceId } = callerColumnsOf(caller);
  return accountId !== null
    ? change.callerAccountId === accountId || change.staffAccountId === accountId
    : change.callerKioskDeviceId === kioskDeviceId;
}

export function talkNowRoomId(requestId: string): string {
  return `${TALK_NOW_ROOM_PREFIX}${requestId}`;
}

/** Rolls back a take when nobody waits. */
class NobodyWaiting extends Error {}

/**
 * "Talk now": staff of an office go on duty, callers queue per office, and the first free staff member
 * takes the next caller. The database decides every race: one waiting request per caller and one
 * connected call per staff member (partial unique indexes), the caller taken with FOR UPDATE SKIP
 * LOCKED (two staff never take the same caller), and a staff member's own takes are serialised by
 * locking their duty row. Every change goes out on the cluster bus after commit.
 */
@Injectable()
export class TalkNowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: ClusterEvents,
  ) {}

  // ---------------------------------------------------------------- callers

  async availability(office: AppointmentOffice, now = new Date()): Promise<TalkNowAvailability> {
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT count(*) FROM "consultation_talk_now_duty" WHERE "office" = $1 AND "last_seen_at" > $2)::int AS "staff",
              (SELECT count(*) FROM "consultation_talk_now_requests"
                WHERE "office" = $1 AND "status" = 'waiting' AND "last_seen_at" > $3)::int AS "waiting"`,
      [office, this.dutySince(now), this.callerSince(now)],
    )) as { staff: number; waiting: number }[];
    return { office, available: row.staff > 0, staffOnDuty: row.staff, waiting: row.waiting };
  }

  /**
   * Join the queue of an office (idempotent: one's waiting request is returned again, and that is the
   * caller's heartbeat: their page asks again while it waits). NOBODY_ON_DUTY when no one is on duty.
   */
  async request(caller: Caller, office: AppointmentOffice, now = new Date()): Promise<TalkNowRequestView> {
    const { available } = await this.availability(office, now);
    const { accountId, kioskDeviceId } = callerColumnsOf(caller);
    // The caller's own column: an account's, or a terminal's (each has its own unique index of waiting requests).
    const column = accountId !== null ? 'caller_account_id' : 'caller_kiosk_device_id';
    const callerId = accountId ?? kioskDeviceId;
    const [refreshed] = (await this.dataSource.query(
      `UPDATE "consultation_talk_now_requests" SET "last_seen_at" = $2
        WHERE "${column}" = $1 AND "status" = 'waiting' RETURNING "id"`,
      [callerId, now],
    )) as [{ id: string }[], number];
    if (refreshed.length > 0) return this.view(await this.dataSource.manager.findOneByOrFail(TalkNowRequest, { id: refreshed[0].id }));
    if (!available) throw ConsultationsException.nobodyOnDuty();
    const inserted = (await this.dataSource.query(
      `INSERT INTO "consultation_talk_now_requests" ("office", "caller_account_id", "caller_kiosk_device_id") VALUES ($1, $2, $3)
       ON CONFLICT ("${column}") WHERE "status" = 'waiting' DO NOTHING RETURNING "id"`,
      [office, accountId, kioskDeviceId],
    )) as { id: string }[];
    // Lost a race with one's own second request: the other one is the waiting request.
    const request = await this.dataSource.manager.findOneByOrFail(
      TalkNowRequest,
      inserted.length > 0
        ? { id: inserted[0].id }
        : accountId !== null
          ? { callerAccountId: accountId, status: TalkNowStatus.waiting }
          : { callerKioskDeviceId: kioskDeviceId!, status: TalkNowStatus.waiting },
    );
    if (inserted.length > 0) await this.publish(request);
    return this.view(request);
  }

  /** One's own request (anyone else's, or an unknown id: NOT_FOUND). */
  async mine(caller: Caller, requestId: string): Promise<TalkNowRequestView> {
    return this.view(await this.own(caller, requestId));
  }

  /**
   * Leave: the caller cancels a waiting request or ends the call; the staff member ends their call.
   * Ending twice is harmless (the request as it is now).
   */
  async leave(caller: Caller, requestId: string, now = new Date()): Promise<TalkNowRequestView> {
    if (!UUID.test(requestId)) throw ConsultationsException.notFound();
    const { accountId, kioskDeviceId } = callerColumnsOf(caller);
    const rows = (await this.dataSource.query(
      `UPDATE "consultation_talk_now_requests"
          SET "status" = (CASE WHEN "status" = 'waiting' THEN 'cancelled' ELSE 'ended' END)::"consultation_talk_now_status", "ended_at" = $3
        WHERE "id" = $1
          AND ("caller_account_id" = $2 OR "caller_kiosk_device_id" = $4 OR ("staff_account_id" = $2 AND "status" = 'connected'))
          AND "status" IN ('waiting', 'connected')
        RETURNING "id"`,
      [requestId, accountId, now, kioskDeviceId],
    )) as [{ id: string }[], number];
    const request = await this.own(caller, requestId);
    if (rows[0].length > 0) await this.publish(request);
    return this.view(request);
  }

  // ---------------------------------------------------------------- staff

  /** Go on duty (or refresh the heartbeat) or off duty; off duty ends one's current call. */
  async setDuty(actor: Actor, office: AppointmentOffice, onDuty: boolean, now = new Date()): Promise<TalkNowDesk> {
    this.requireStaff(actor, office);
    const ended: TalkNowRequest[] = [];
    await this.dataSource.transaction(async (manager) => {
      if (onDuty) {
        await manager.query(
          `INSERT INTO "consultation_talk_now_duty" ("staff_account_id", "office", "last_seen_at") VALUES ($1, $2, $3)
           ON CONFLICT ("staff_account_id", "office") DO UPDATE SET "last_seen_at" = EXCLUDED."last_seen_at"`,
          [actor.accountId, office, now],
        );
      } else {
        await manager.delete(TalkNowDuty, { staffAccountId: actor.accountId, office });
        ended.push(...(await this.endCurrentCall(manager, actor.accountId, office, now)));
      }
    });
    for (const request of ended) await this.publish(request);
    return this.desk(actor, office, now);
  }

  /** The staff member's view of an office's talk-now queue. */
  async desk(actor: Actor, office: AppointmentOffice, now = new Date()): Promise<TalkNowDesk> {
    this.requireStaff(actor, office);
    const [duty, availability, currentCall] = await Promise.all([
      this.dataSource.manager.findOneBy(TalkNowDuty, { staffAccountId: actor.accountId, office }),
      this.availability(office, now),
      this.dataSource.manager.findOneBy(TalkNowRequest, { staffAccountId: actor.accountId, office, status: TalkNowStatus.connected }),
    ]);
    return {
      office,
      onDuty: duty !== null && duty.lastSeenAt > this.dutySince(now),
      waiting: availability.waiting,
      staffOnDuty: availability.staffOnDuty,
      currentCall,
    };
  }

  /**
   * Take the next caller of the office (null when nobody waits: one's call goes on). One's previous call ends. The caller
   * is chosen and taken in one statement that skips callers other staff are taking at this moment.
   */
  async takeNext(actor: Actor, office: AppointmentOffice, now = new Date()): Promise<TalkNowRequest | null> {
    this.requireStaff(actor, office);
    const changed: TalkNowRequest[] = [];
    let taken: TalkNowRequest | null = null;
    try {
      await this.dataSource.transaction(async (manager) => {
        // Serialises this staff member's own takes (two tabs) and proves they are on duty.
        const duty = (await manager.query(
          `UPDATE "consultation_talk_now_duty" SET "last_seen_at" = $3
            WHERE "staff_account_id" = $1 AND "office" = $2 AND "last_seen_at" > $4 RETURNING "staff_account_id"`,
          [actor.accountId, office, now, this.dutySince(now)],
        )) as [unknown[], number];
        if (duty[0].length === 0) throw ConsultationsException.notOnDuty();
        changed.push(...(await this.endCurrentCall(manager, actor.accountId, null, now)));
        const rows = (await manager.query(
          `UPDATE "consultation_talk_now_requests" SET "status" = 'connected', "staff_account_id" = $2, "taken_at" = $3
            WHERE "id" = (SELECT "id" FROM "consultation_talk_now_requests"
                           WHERE "office" = $1 AND "status" = 'waiting' AND "last_seen_at" > $4
                           ORDER BY "requested_at", "id" LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING "id"`,
          [office, actor.accountId, now, this.callerSince(now)],
        )) as [{ id: string }[], number];
        // Nobody waits: undo ending one's call (one stays with the caller one has).
        if (rows[0].length === 0) throw new NobodyWaiting();
        taken = await manager.findOneByOrFail(TalkNowRequest, { id: rows[0][0].id });
        changed.push(taken);
      });
    } catch (error) {
      if (error instanceof NobodyWaiting) {
        await this.cancelCallersWhoLeft(office, now);
        return null;
      }
      if (brokenUniqueConstraint(error) === 'UQ_consultation_talk_now_requests_connected_staff') throw ConsultationsException.busy();
      throw error;
    }
    for (const request of changed) await this.publish(request);
    await this.cancelCallersWhoLeft(office, now);
    return taken;
  }

  /** Waiting requests whose caller stopped asking (see CALLER_TIMEOUT_SECONDS) are cancelled; their pages learn it live. */
  private async cancelCallersWhoLeft(office: AppointmentOffice, now: Date): Promise<void> {
    const [rows] = (await this.dataSource.query(
      `UPDATE "consultation_talk_now_requests" SET "status" = 'cancelled', "ended_at" = $2
        WHERE "office" = $1 AND "status" = 'waiting' AND "last_seen_at" <= $3 RETURNING "id"`,
      [office, now, this.callerSince(now)],
    )) as [{ id: string }[], number];
    if (rows.length === 0) return;
    for (const request of await this.dataSource.manager.findBy(
      TalkNowRequest,
      rows.map((row) => ({ id: row.id })),
    ))
      await this.publish(request);
  }

  // ---------------------------------------------------------------- rooms

  /** The connected call a `now-<id>` room id names, when the caller is its caller or its staff member; otherwise null. */
  async roomCall(caller: Caller, roomId: string): Promise<TalkNowRoomCall | null> {
    if (!roomId.startsWith(TALK_NOW_ROOM_PREFIX)) return null;
    const requestId = roomId.slice(TALK_NOW_ROOM_PREFIX.length);
    if (!UUID.test(requestId)) return null;
    const request = await this.dataSource.manager.findOneBy(TalkNowRequest, { id: requestId, status: TalkNowStatus.connected });
    if (!request || !request.takenAt || !request.staffAccountId || !this.involves(request, caller)) return null;
    return {
      roomId: talkNowRoomId(request.id),
      startsAt: request.takenAt,
      endsAt: new Date(request.takenAt.getTime() + TALK_NOW_CALL_MINUTES * 60_000),
      staffAccountId: request.staffAccountId,
      callerId: request.callerAccountId ?? terminalParticipantId(request.callerKioskDeviceId!),
      callerKioskDeviceId: request.callerKioskDeviceId,
    };
  }

  /** Whether the actor may watch the office's queue (staff of it). */
  mayWatch(actor: Actor, office: AppointmentOffice): boolean {
    return talkNowOfficesOf(actor).includes(office);
  }

  // ---------------------------------------------------------------- helpers

  private requireStaff(actor: Actor, office: AppointmentOffice): void {
    if (!this.mayWatch(actor, office)) throw ConsultationsException.notStaff();
  }

  private dutySince(now: Date): Date {
    return new Date(now.getTime() - DUTY_TIMEOUT_MINUTES * 60_000);
  }

  private callerSince(now: Date): Date {
    return new Date(now.getTime() - CALLER_TIMEOUT_SECONDS * 1000);
  }

  private async own(caller: Caller, requestId: string): Promise<TalkNowRequest> {
    if (!UUID.test(requestId)) throw ConsultationsException.notFound();
    const request = await this.dataSource.manager.findOneBy(TalkNowRequest, { id: requestId });
    if (!request || !this.involves(request, caller)) throw ConsultationsException.notFound();
    return request;
  }

  /** The request's caller (account or terminal), or the staff member who took it. */
  private involves(request: TalkNowRequest, caller: Caller): boolean {
    const { accountId, kioskDeviceId } = callerColumnsOf(caller);
    if (accountId !== null) return request.callerAccountId === accountId || request.staffAccountId === accountId;
    return request.callerKioskDeviceId === kioskDeviceId;
  }

  private async view(request: TalkNowRequest): Promise<TalkNowRequestView> {
    if (request.status !== TalkNowStatus.waiting) return { request, ahead: null };
    // Compared in the database (its timestamps have microseconds, a JavaScript date only milliseconds).
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS "ahead" FROM "consultation_talk_now_requests" AS "other"
        WHERE "other"."office" = $1 AND "other"."status" = 'waiting' AND "other"."last_seen_at" > $3
          AND ("other"."requested_at", "other"."id") < (SELECT "requested_at", "id" FROM "consultation_talk_now_requests" WHERE "id" = $2)`,
      [request.office, request.id, this.callerSince(new Date())],
    )) as { ahead: number }[];
    return { request, ahead: row.ahead };
  }

  private async endCurrentCall(
    manager: EntityManager,
    staffAccountId: string,
    office: AppointmentOffice | null,
    now: Date,
  ): Promise<TalkNowRequest[]> {
    const rows = (await manager.query(
      `UPDATE "consultation_talk_now_requests" SET "status" = 'ended', "ended_at" = $3
        WHERE "staff_account_id" = $1 AND "status" = 'connected' AND ($2::"appointment_office" IS NULL OR "office" = $2)
        RETURNING "id"`,
      [staffAccountId, office, now],
    )) as [{ id: string }[], number];
    if (rows[0].length === 0) return [];
    return manager.findBy(
      TalkNowRequest,
      rows[0].map((row) => ({ id: row.id })),
    );
  }

  private async publish(request: TalkNowRequest): Promise<void> {
    const change: TalkNowChange = {
      requestId: request.id,
      office: request.office,
      callerAccountId: request.callerAccountId,
      callerKioskDeviceId: request.callerKioskDeviceId,
      staffAccountId: request.staffAccountId,
      status: request.status,
    };
    await this.bus.publish(TALK_NOW_CHANNEL, change);
  }
}

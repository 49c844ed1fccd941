import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppointmentAccess, type JoinableVideoBooking } from '../appointments/index.js';
import type { Caller } from '../common/auth/access.decorators.js';
import { Terminals, type Terminal } from '../common/terminals/index.js';
import { ClusterEvents } from '../common/cluster-events/index.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  CONSULTATION_MEDIA_ADAPTER,
  type ConsultationMediaAdapter,
  type ConsultationMediaConnection,
} from './consultation-media-adapter.js';
import { participantIdOf } from './consultation-caller.js';
import { ConsultationRoomTokens, type RoomTokenClaims } from './consultation-room-tokens.js';
import { ConsultationSignalKind, partsOf, roomChannel } from './consultation-signals.js';
import { ConsultationsException } from './consultations.exception.js';
import { TalkNowService } from './talk-now.service.js';

export type ConsultationRole = 'booker' | 'staff';

export interface ConsultationRoom {
  bookingId: string;
  role: ConsultationRole;
  roomToken: string;
  tokenExpiresAt: Date;
  startsAt: Date;
  endsAt: Date;
  opensAt: Date;
  closesAt: Date;
  media: ConsultationMediaConnection;
  /** For staff: the self-service terminal the caller uses (nobody signed in there); otherwise null. */
  callerTerminal: Terminal | null;
}

/** Longest text of a chat message. */
export const MAX_CHAT_CHARACTERS = 2000;
/** Longest SDP or ICE candidate (an offer with many candidates stays well below). */
export const MAX_SIGNAL_CHARACTERS = 32_000;
/** Join and leave carry at most a short note (e.g. which device). */
const MAX_PRESENCE_CHARACTERS = 200;

/**
 * Video consultations: a room per booked video appointment, open from shortly before the start until
 * a grace after the end, for exactly two accounts (the booker and the assigned staff member). The
 * server hands out room tokens and relays signals (SDP, ICE candidates, chat, join, leave) between the
 * two over the cluster bus; it stores none of them and never sees the media (see the media adapter).
 */
@Injectable()
export class ConsultationsService {
  private readonly tokens: ConsultationRoomTokens;
  private readonly signalLimiter: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CONSULTATION_MEDIA_ADAPTER) private readonly media: ConsultationMediaAdapter,
    private readonly appointments: AppointmentAccess,
    private readonly bus: ClusterEvents,
    private readonly talkNow: TalkNowService,
    private readonly terminals: Terminals,
    rateLimiters: RateLimiterFactory,
  ) {
    this.tokens = new ConsultationRoomTokens(config.auth.jwtSecret);
    this.signalLimiter = rateLimiters.create({
      name: 'consultation_signals',
      points: config.consultations.signalsPerMinute,
      durationSeconds: 60,
    });
  }

  /**
   * Enter the room of one's own video appointment or talk-now call: a room token and how to connect the
   * media. A terminal (nobody signed in at it) enters only the room of its own talk-now call.
   */
  async join(caller: Caller, bookingId: string, now = new Date()): Promise<ConsultationRoom> {
    const booking = await this.joinable(caller, bookingId);
    if (!booking) throw ConsultationsException.notFound();
    const { opensAt, closesAt } = this.window(booking);
    if (now < opensAt) throw ConsultationsException.notOpenYet(opensAt, this.config.consultations.opensMinutesBefore);
    if (now >= closesAt) throw ConsultationsException.closed();
    const lifetime = new Date(now.getTime() + this.config.consultations.roomTokenMinutes * 60_000);
    const tokenExpiresAt = lifetime < closesAt ? lifetime : closesAt;
    const participant = participantIdOf(caller);
    const roomToken = this.tokens.issue({ bookingId: booking.bookingId, participantId: participant, expiresAt: tokenExpiresAt });
    const role = booking.staffAccountId === participant ? 'staff' : 'booker';
    return {
      bookingId: booking.bookingId,
      role,
      callerTerminal: role === 'staff' && booking.callerKioskDeviceId ? await this.terminals.describe(booking.callerKioskDeviceId) : null,
      roomToken,
      tokenExpiresAt: new Date(Math.floor(tokenExpiresAt.getTime() / 1000) * 1000),
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      opensAt,
      closesAt,
      media: this.media.connection({ bookingId: booking.bookingId, accountId: participant, validUntil: tokenExpiresAt }, now),
    };
  }

  /**
   * The room a token admits the caller to, checked again against the booking (cancelled meanwhile?).
   * A token of another account (or terminal), a forged or expired one: FORBIDDEN (ROOM_TOKEN_INVALID).
   */
  async enter(caller: Caller, roomToken: string, now = new Date()): Promise<RoomTokenClaims & { closesAt: Date }> {
    const claims = this.tokens.verify(roomToken, now);
    if (!claims || claims.participantId !== participantIdOf(caller)) throw ConsultationsException.tokenInvalid();
    const booking = await this.joinable(caller, claims.bookingId);
    if (!booking) throw ConsultationsException.notFound();
    const { closesAt } = this.window(booking);
    if (now >= closesAt) throw ConsultationsException.closed();
    return { ...claims, closesAt };
  }

  /** Relay a signal to the other participant (every app process; never stored). */
  async send(caller: Caller, roomToken: string, kind: ConsultationSignalKind, payload: string | null | undefined): Promise<void> {
    const text = this.validPayload(kind, payload ?? '');
    const room = await this.enter(caller, roomToken);
    const participant = participantIdOf(caller);
    await this.countSignal(`${room.bookingId}:${participant}`);
    for (const part of partsOf({
      bookingId: room.bookingId,
      from: participant,
      kind,
      payload: text,
      sentAt: new Date().toISOString(),
    })) {
      await this.bus.publish(roomChannel(room.bookingId), part);
    }
  }

  /** One more signal of this participant in this room (counted in Redis or PostgreSQL, shared by every process). */
  private async countSignal(key: string): Promise<void> {
    try {
      await this.signalLimiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw DomainException.rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  /**
   * The room's appointment: a booked video appointment (room id = booking id) or a connected talk-now
   * call (room id = `now-<call id>`, open from when staff took the caller); null for anyone else.
   */
  private async joinable(caller: Caller, roomId: string): Promise<(JoinableVideoBooking & { callerKioskDeviceId?: string | null }) | null> {
    if (!roomId.startsWith('now-')) return caller.actor ? this.appointments.findJoinableVideoBooking(caller.actor, roomId) : null;
    const call = await this.talkNow.roomCall(caller, roomId);
    if (!call) return null;
    return {
      bookingId: call.roomId,
      startsAt: call.startsAt,
      endsAt: call.endsAt,
      staffAccountId: call.staffAccountId,
      bookerAccountId: call.callerId,
      callerKioskDeviceId: call.callerKioskDeviceId,
    };
  }

  /** Whether the room is still open (a subscription ends when it closes). */
  stillOpen(room: { closesAt: Date }, now = new Date()): boolean {
    return now < room.closesAt;
  }

  private window(booking: JoinableVideoBooking): { opensAt: Date; closesAt: Date } {
    return {
      opensAt: new Date(booking.startsAt.getTime() - this.config.consultations.opensMinutesBefore * 60_000),
      closesAt: new Date(booking.endsAt.getTime() + this.config.consultations.graceMinutes * 60_000),
    };
  }

  private validPayload(kind: ConsultationSignalKind, payload: string): string {
    switch (kind) {
      case ConsultationSignalKind.chat: {
        const text = payload.trim();
        if (text.length === 0 || text.length > MAX_CHAT_CHARACTERS) {
          throw ConsultationsException.field('payload', 'length', 'chat_length', { max: MAX_CHAT_CHARACTERS });
        }
        return text;
      }
      case ConsultationSignalKind.offer:
      case ConsultationSignalKind.answer:
      case ConsultationSignalKind.candidate:
        if (payload.length === 0 || payload.length > MAX_SIGNAL_CHARACTERS) {
          throw ConsultationsException.field('payload', 'length', 'signal_length', { max: MAX_SIGNAL_CHARACTERS });
        }
        return payload;
      case ConsultationSignalKind.join:
      case ConsultationSignalKind.leave:
        if (payload.length > MAX_PRESENCE_CHARACTERS) {
          throw ConsultationsException.field('payload', 'length', 'signal_length', { max: MAX_PRESENCE_CHARACTERS });
        }
        return payload;
    }
  }
}

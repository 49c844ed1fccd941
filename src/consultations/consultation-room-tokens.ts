import { createHmac, timingSafeEqual } from 'node:crypto';

export interface RoomTokenClaims {
  bookingId: string;
  /** The account id, or a terminal's participant id (`terminal-<device id>`). */
  participantId: string;
  expiresAt: Date;
}

/** A room id: a booking id, or `now-<id>` of a talk-now call. */
const ROOM_ID = /^(now-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PARTICIPANT_ID = /^[0-9A-Za-z-]{1,64}$/;

/**
 * A room token: `<bookingId>.<participantId>.<expires (epoch seconds)>.<HMAC-SHA256>`, bound to one
 * booking and one participant (an account, or a terminal) and short-lived. It proves "this participant may be in this room until then"
 * to every app process (they share the key) without a table; the service still checks the booking.
 */
export class ConsultationRoomTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('consultations.room-token.v1').digest();
  }

  issue(claims: RoomTokenClaims): string {
    const expires = Math.floor(claims.expiresAt.getTime() / 1000);
    const body = `${claims.bookingId}.${claims.participantId}.${expires}`;
    return `${body}.${this.sign(body)}`;
  }

  /** The claims when the token is genuine and unexpired at `now`; otherwise null. */
  verify(token: string, now: Date): RoomTokenClaims | null {
    if (typeof token !== 'string' || token.length > 300) return null;
    const parts = token.split('.');
    if (parts.length !== 4) return null;
    const [bookingId, participantId, expiresText, signature] = parts;
    if (!ROOM_ID.test(bookingId) || !PARTICIPANT_ID.test(participantId) || !/^\d{1,12}$/.test(expiresText)) return null;
    const expected = Buffer.from(this.sign(`${bookingId}.${participantId}.${expiresText}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const expiresAt = new Date(Number(expiresText) * 1000);
    if (now.getTime() >= expiresAt.getTime()) return null;
    return { bookingId, participantId, expiresAt };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

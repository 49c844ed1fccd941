import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The link in every appointment e-mail that cancels or moves the booking without signing in:
 * `<bookingId>.<expires (epoch seconds)>.<HMAC-SHA256>`, bound to the booking and valid until its
 * start (the expiry at the time the e-mail was written; the service also refuses once the booking started).
 */
export class AppointmentLinks {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('appointments.manage-link.v1').digest();
  }

  issue(bookingId: string, expiresAt: Date): string {
    const expires = Math.floor(expiresAt.getTime() / 1000);
    return `${bookingId}.${expires}.${this.sign(bookingId, expires)}`;
  }

  /** The booking id when the token is genuine and not expired at `now`; otherwise null. */
  verify(token: string, now: Date): string | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [bookingId, expiresText, signature] = parts;
    if (!/^\d{1,12}$/.test(expiresText) || !/^[0-9a-f-]{36}$/.test(bookingId)) return null;
    const expected = Buffer.from(this.sign(bookingId, Number(expiresText)));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    if (now.getTime() >= Number(expiresText) * 1000) return null;
    return bookingId;
  }

  private sign(bookingId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${bookingId}.${expires}`).digest('base64url');
  }
}

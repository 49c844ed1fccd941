import { buildConfig } from '../config/app-config.js';
import { turnCredential } from './consultation-media-adapter.js';
import { ConsultationRoomTokens } from './consultation-room-tokens.js';
import {
  AssembledSignals,
  ConsultationSignalKind,
  isSignalPart,
  PART_CHARACTERS,
  partsOf,
  roomChannel,
  type ConsultationSignalPart,
} from './consultation-signals.js';
import { SubscriberQueue } from '../common/live-updates/subscriber-queue.js';
import { MAX_CLUSTER_EVENT_PAYLOAD_BYTES } from '../common/cluster-events/index.js';

const BOOKING = '5f0c8a52-4a0e-4c59-9d0e-0f3c2f1b7a10';
const SECRET = 'unit-test-secret-development-only-0123456789';

describe('room tokens', () => {
  const tokens = new ConsultationRoomTokens(SECRET);
  const now = new Date('2026-12-07T10:00:00Z');
  const expiresAt = new Date('2026-12-07T10:15:00Z');

  it('verifies its own token until it expires, bound to booking and account', () => {
    const token = tokens.issue({ bookingId: BOOKING, participantId: 'acc-1', expiresAt });
    expect(tokens.verify(token, now)).toEqual({ bookingId: BOOKING, participantId: 'acc-1', expiresAt });
    expect(tokens.verify(token, expiresAt)).toBeNull();
    expect(new ConsultationRoomTokens(`${SECRET}x`).verify(token, now)).toBeNull();
  });

  it('admits the room of a talk-now call (`now-<id>`), on a channel of its own', () => {
    const token = tokens.issue({ bookingId: `now-${BOOKING}`, participantId: 'acc-1', expiresAt });
    expect(tokens.verify(token, now)).toEqual({ bookingId: `now-${BOOKING}`, participantId: 'acc-1', expiresAt });
    expect(tokens.verify(token.replace('now-', 'new-'), now)).toBeNull();
    expect(tokens.verify(token.replace('now-', ''), now)).toBeNull();
    expect(roomChannel(`now-${BOOKING}`)).not.toBe(roomChannel(BOOKING));
    expect(roomChannel(`now-${BOOKING}`)).toBe(`consultations.call.${BOOKING.replace(/-/g, '')}`);
  });

  it('refuses any changed part, garbage and oversized input', () => {
    const [id, account, expires, signature] = tokens.issue({ bookingId: BOOKING, participantId: 'acc-1', expiresAt }).split('.');
    for (const forged of [
      `${id}.acc-2.${expires}.${signature}`,
      `${id}.${account}.${Number(expires) + 1}.${signature}`,
      `${id.replace('5', '6')}.${account}.${expires}.${signature}`,
      `${id}.${account}.${expires}.${signature.slice(1)}`,
      `${id}.${account}.${expires}`,
      '',
      'x'.repeat(1000),
    ]) {
      expect(tokens.verify(forged, now)).toBeNull();
    }
  });
});

describe('signal parts', () => {
  const signal = (payload: string) => ({
    bookingId: BOOKING,
    from: 'acc-1',
    kind: ConsultationSignalKind.offer,
    payload,
    sentAt: '2026-12-07T10:00:00.000Z',
  });

  it('cuts a large payload into parts that each fit a NOTIFY, even of escaped control characters', () => {
    const parts = partsOf(signal('\u0001'.repeat(PART_CHARACTERS * 3 + 5)));
    expect(parts).toHaveLength(4);
    for (const part of parts) {
      expect(isSignalPart(part)).toBe(true);
      expect(Buffer.byteLength(JSON.stringify(part))).toBeLessThan(MAX_CLUSTER_EVENT_PAYLOAD_BYTES - 200);
    }
    expect(partsOf(signal(''))).toHaveLength(1);
  });

  it('puts parts back together in any order, hands on resyncs, and ends its source on return', async () => {
    let ended = false;
    const source = new SubscriberQueue<ConsultationSignalPart>(() => (ended = true));
    const assembled = new AssembledSignals(source);
    const payload = 'äöü🥨'.repeat(PART_CHARACTERS);
    const parts = partsOf(signal(payload));
    expect(parts.every((part) => !/[\uD800-\uDBFF]$/.test(part.text) && !/^[\uDC00-\uDFFF]/.test(part.text))).toBe(true);
    for (const part of [...parts].reverse()) source.push(part);
    source.push({ resync: true });
    expect((await assembled.next()).value).toMatchObject({ payload, kind: 'offer' });
    expect((await assembled.next()).value).toEqual({ resync: true });
    const waiting = assembled.next();
    await assembled.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(ended).toBe(true);
  });

  it('refuses malformed parts from the bus', () => {
    const [part] = partsOf(signal('x'));
    expect(isSignalPart({ ...part, kind: 'resync' })).toBe(false);
    expect(isSignalPart({ ...part, part: 1 })).toBe(false);
    expect(isSignalPart({ ...part, parts: 65 })).toBe(false);
    expect(isSignalPart({ ...part, text: 1 })).toBe(false);
  });
});

describe('configuration and TURN credentials', () => {
  it('validates the ICE servers and asks for the TURN secret when a TURN server is listed', () => {
    expect(() => buildConfig({ NODE_ENV: 'test', CONSULTATION_ICE_SERVERS: 'http://example.org' })).toThrow(/CONSULTATION_ICE_SERVERS/);
    expect(() => buildConfig({ NODE_ENV: 'test', CONSULTATION_ICE_SERVERS: 'turn:turn.example.org:3478' })).toThrow(
      /CONSULTATION_TURN_SECRET/,
    );
    const config = buildConfig({ NODE_ENV: 'test', CONSULTATION_ICE_SERVERS: ' stun:stun.example.org:3478 , ' });
    expect(config.consultations).toMatchObject({ iceServers: ['stun:stun.example.org:3478'], opensMinutesBefore: 10, graceMinutes: 30 });
  });

  it('follows coturn’s REST API: <expiry>:<pseudonym> and base64(HMAC-SHA1)', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const credential = turnCredential({ turnSecret: SECRET, turnTtlSeconds: 600 }, { accountId: 'acc-1', bookingId: BOOKING }, now);
    expect(credential.username).toBe('1796638200:VQ-KLJ2a1fTK4HtF');
    expect(credential.username).not.toContain('acc-1');
    // Known answer, computed independently: printf '%s' "$username" | openssl dgst -sha1 -hmac "$secret" -binary | base64
    expect(credential.credential).toBe('bGw94mxjaGwvu3LGioiGSYSo5q4=');
  });
});

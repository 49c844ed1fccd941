import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import getPort from 'get-port';
import { LiveUpdates } from '../src/common/live-updates/index.js';
import { ConsultationsService } from '../src/consultations/consultations.service.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { appProcessArguments, isAppReady, stopAppProcess } from './support/app-process.js';
import { JOIN_ROOM, moveBookingTo, SEND_SIGNAL, signalsSubscription, videoConsultation } from './support/consultations.js';
import { graphql } from './support/graphql.js';
import { liveClient, until, type LiveClient } from './support/live-updates.js';
import { startServer, type RunningServer } from './support/running-server.js';

type Signal = { consultationSignals: { kind: string; payload: string; sentAt: string } };

const TURN_SECRET = 'consultations-e2e-turn-secret-development-only';

async function join(server: RunningServer, token: string, bookingId: string, language = 'en') {
  return graphql<any>(server, JOIN_ROOM, { bookingId }, { token, language });
}

async function roomToken(server: RunningServer, token: string, bookingId: string): Promise<string> {
  const joined = await join(server, token, bookingId);
  if (joined.errors) throw new Error(JSON.stringify(joined.errors));
  return joined.data.joinConsultationRoom.roomToken as string;
}

async function send(baseUrl: string, token: string, roomTokenValue: string, kind: string, payload?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'en' },
    body: JSON.stringify({ query: SEND_SIGNAL, variables: { roomToken: roomTokenValue, kind, payload } }),
  });
  return (await response.json()) as { data: { sendConsultationSignal: boolean } | null; errors?: { extensions: Record<string, any> }[] };
}

describe('video consultations: rooms, tokens and signalling', () => {
  let server: RunningServer;
  const sockets: LiveClient[] = [];
  const socket = (token: string, baseUrl = server.baseUrl) => {
    const created = liveClient(baseUrl, token);
    sockets.push(created);
    return created;
  };
  const subscribers = () => server.app.get(LiveUpdates).size.subscribers;

  beforeAll(async () => {
    server = await startServer({
      CONSULTATION_ICE_SERVERS: 'stun:stun.example.org:3478,turn:turn.example.org:3478?transport=udp,turns:turn.example.org:5349',
      CONSULTATION_TURN_SECRET: TURN_SECRET,
      CONSULTATION_TURN_TTL_SECONDS: '600',
      CONSULTATION_SIGNALS_PER_MINUTE: '20',
    });
  });

  afterAll(async () => {
    await Promise.all(sockets.map((each) => each.dispose()));
    await server?.close();
  });

  describe('admission', () => {
    it('gives the booker and the assigned staff member a room token bound to them, with STUN and time-limited TURN credentials', async () => {
      const { staff, founder, bookingId } = await videoConsultation(server);
      const asFounder = (await join(server, founder.token, bookingId)).data!.joinConsultationRoom;
      const asStaff = (await join(server, staff.token, bookingId)).data!.joinConsultationRoom;
      expect(asFounder.role).toBe('booker');
      expect(asStaff.role).toBe('staff');
      expect(asFounder.roomToken).not.toBe(asStaff.roomToken);
      expect(asFounder.mediaMode).toBe('peer_to_peer');
      expect(new Date(asFounder.opensAt).getTime()).toBe(new Date(asFounder.startsAt).getTime() - 10 * 60_000);
      expect(new Date(asFounder.closesAt).getTime()).toBe(new Date(asFounder.endsAt).getTime() + 30 * 60_000);
      // Short-lived: 15 minutes by default.
      const lifetime = new Date(asFounder.tokenExpiresAt).getTime() - Date.now();
      expect(lifetime).toBeGreaterThan(13 * 60_000);
      expect(lifetime).toBeLessThanOrEqual(15 * 60_000);

      const [stun, turn] = asFounder.iceServers;
      expect(stun).toEqual({ urls: ['stun:stun.example.org:3478'], username: null, credential: null });
      expect(turn.urls).toEqual(['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349']);
      // coturn's use-auth-secret: "<expiry>:<pseudonym>", base64(HMAC-SHA1(secret, username)); no account id in it.
      const [expiry, pseudonym] = turn.username.split(':');
      expect(Number(expiry) * 1000 - Date.now()).toBeGreaterThan(590_000);
      expect(Number(expiry) * 1000 - Date.now()).toBeLessThanOrEqual(600_000);
      expect(pseudonym).not.toContain(founder.accountId);
      expect(turn.credential).toBe(createHmac('sha1', TURN_SECRET).update(turn.username).digest('base64'));
      expect(asStaff.iceServers[1].username).not.toBe(turn.username);
    });

    it('answers NOT_FOUND for another account’s booking, another staff member of the office, an in-person booking and a malformed id', async () => {
      const { bookingId } = await videoConsultation(server);
      const stranger = await signedInAccount(server);
      const colleague = await accountWithRoles(server, ['staff_economic_development']);
      const admin = await accountWithRoles(server, ['admin']);
      for (const token of [stranger.token, colleague.token, admin.token]) {
        const refused = await join(server, token, bookingId);
        expect(refused.errors![0].extensions.code).toBe('NOT_FOUND');
        expect(refused.errors![0].extensions.reason).toBe('CONSULTATION_NOT_FOUND');
        expect(refused.errors![0].message).toBe('There is no such video consultation for you.');
      }
      const inPerson = await videoConsultation(server, { channel: 'in_person' });
      const refused = await join(server, inPerson.founder.token, inPerson.bookingId);
      expect(refused.errors![0].extensions.code).toBe('NOT_FOUND');
      const malformed = await join(server, stranger.token, 'not-a-booking');
      expect(malformed.errors![0].extensions.code).toBe('NOT_FOUND');
      const anonymous = await graphql<any>(server, JOIN_ROOM, { bookingId });
      expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('opens 10 minutes before the start and closes 30 minutes after the end, refused with stable codes (German, English)', async () => {
      const { founder, staff, bookingId } = await videoConsultation(server, { startsInMinutes: 60, language: 'de' });
      const early = await join(server, founder.token, bookingId, 'de');
      expect(early.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(early.errors![0].extensions.reason).toBe('ROOM_NOT_OPEN');
      expect(early.errors![0].message).toBe('Der Videoraum ist noch nicht geöffnet. Er öffnet 10 Minuten vor dem Termin.');
      await moveBookingTo(server, bookingId, 11);
      expect((await join(server, staff.token, bookingId)).errors![0].extensions.reason).toBe('ROOM_NOT_OPEN');
      await moveBookingTo(server, bookingId, 9);
      expect((await join(server, staff.token, bookingId)).errors).toBeUndefined();
      await moveBookingTo(server, bookingId, -50, 30); // ended 20 minutes ago: still open
      expect((await join(server, founder.token, bookingId)).errors).toBeUndefined();
      await moveBookingTo(server, bookingId, -61, 30); // ended 31 minutes ago
      const late = await join(server, staff.token, bookingId, 'en'); // staff read English
      expect(late.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(late.errors![0].extensions.reason).toBe('ROOM_CLOSED');
      expect(late.errors![0].message).toBe('This video consultation is over; the room is closed.');
    });

    it('refuses a forged, tampered, expired or someone else’s room token (FORBIDDEN) and a cancelled booking (NOT_FOUND)', async () => {
      const { founder, staff, bookingId } = await videoConsultation(server);
      const token = await roomToken(server, founder.token, bookingId);
      const [id, account, expires, signature] = token.split('.');
      const stranger = await signedInAccount(server);
      const cases: [string, string][] = [
        [staff.token, token], // the staff member with the booker's token
        [stranger.token, token],
        [founder.token, `${id}.${account}.${Number(expires) + 3600}.${signature}`],
        [founder.token, `${id}.${staff.accountId}.${expires}.${signature}`],
        [founder.token, `${id}.${account}.${expires}.${'A'.repeat(signature.length)}`],
        [founder.token, 'garbage'],
        [founder.token, ''],
      ];
      for (const [bearer, given] of cases) {
        const refused = await send(server.baseUrl, bearer, given, 'chat', 'Hallo');
        expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
        expect(refused.errors![0].extensions.reason).toBe('ROOM_TOKEN_INVALID');
      }
      // Expired: 15 minutes later the same token is refused.
      const service = server.app.get(ConsultationsService);
      const actor = { accountId: founder.accountId, sessionFamilyId: 'x', roles: [], assuranceLevel: 'low', language: 'en' } as any;
      await expect(service.enter(actor, token, new Date(Date.now() + 16 * 60_000))).rejects.toMatchObject({
        options: { reason: 'ROOM_TOKEN_INVALID' },
      });
      expect((await send(server.baseUrl, founder.token, token, 'chat', 'Hallo')).data!.sendConsultationSignal).toBe(true);

      const cancelled = await graphql<any>(
        server,
        'mutation($id: ID!) { cancelAppointment(id: $id) { id status } }',
        { id: bookingId },
        {
          token: founder.token,
        },
      );
      expect(cancelled.errors).toBeUndefined();
      const afterCancel = await send(server.baseUrl, founder.token, token, 'chat', 'Hallo');
      expect(afterCancel.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('answers a blank or too long chat message on its field, and an unknown kind as invalid input', async () => {
      const { founder, bookingId } = await videoConsultation(server);
      const token = await roomToken(server, founder.token, bookingId);
      for (const payload of ['   ', 'x'.repeat(2001)]) {
        const refused = await send(server.baseUrl, founder.token, token, 'chat', payload);
        expect(refused.errors![0].extensions.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(refused.errors![0].extensions)).toContain('Please write a message of 1 to 2000 characters.');
      }
      const tooLong = await send(server.baseUrl, founder.token, token, 'offer', 'v'.repeat(32_001));
      expect(tooLong.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const unknownKind = await send(server.baseUrl, founder.token, token, 'video', 'x');
      expect(unknownKind.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('flooding', () => {
    it('refuses a participant’s signals beyond the limit per minute (RATE_LIMITED with Retry-After); the other participant still gets through', async () => {
      const { founder, staff, bookingId } = await videoConsultation(server);
      const [founderRoom, staffRoom] = [await roomToken(server, founder.token, bookingId), await roomToken(server, staff.token, bookingId)];
      const sent = await Promise.all(
        Array.from({ length: 20 }, (_, index) => send(server.baseUrl, founder.token, founderRoom, 'chat', `line ${index}`)),
      );
      expect(sent.map((each) => each.errors)).toEqual(Array(20).fill(undefined));
      const refused = await send(server.baseUrl, founder.token, founderRoom, 'chat', 'one too many');
      expect(refused.errors![0].extensions.code).toBe('RATE_LIMITED');
      expect(refused.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect((await send(server.baseUrl, staff.token, staffRoom, 'chat', 'still here')).data?.sendConsultationSignal).toBe(true);
    });
  });

  describe('signalling', () => {
    it('delivers each signal only to the other participant of the same room, whole (a large offer in parts), never back to its sender', async () => {
      const roomA = await videoConsultation(server);
      const roomB = await videoConsultation(server);
      const founderToken = await roomToken(server, roomA.founder.token, roomA.bookingId);
      const staffToken = await roomToken(server, roomA.staff.token, roomA.bookingId);
      const otherToken = await roomToken(server, roomB.founder.token, roomB.bookingId);
      const otherStaffToken = await roomToken(server, roomB.staff.token, roomB.bookingId);
      const founderSignals = socket(roomA.founder.token).subscribe<Signal>(signalsSubscription(founderToken));
      const staffSignals = socket(roomA.staff.token).subscribe<Signal>(signalsSubscription(staffToken));
      const otherSignals = socket(roomB.founder.token).subscribe<Signal>(signalsSubscription(otherToken));
      // Each subscription's first event says it listens now (the client greets only then).
      for (const signals of [founderSignals, staffSignals, otherSignals])
        expect((await signals.nth(1)).consultationSignals.kind).toBe('resync');

      const offer = JSON.stringify({
        type: 'offer',
        sdp: `v=0\r\n${'a=candidate:1 1 udp 2122260223 10.0.0.1 50000 typ host äöü 🥨\r\n'.repeat(250)}`,
      });
      expect(offer.length).toBeGreaterThan(15_000);
      expect((await send(server.baseUrl, roomA.staff.token, staffToken, 'offer', offer)).errors).toBeUndefined();
      const received = (await founderSignals.nth(2)).consultationSignals;
      expect(received.kind).toBe('offer');
      expect(received.payload).toBe(offer);

      await send(server.baseUrl, roomA.founder.token, founderToken, 'chat', '  Guten Tag! مرحبا  ');
      expect((await staffSignals.nth(2)).consultationSignals).toMatchObject({ kind: 'chat', payload: 'Guten Tag! مرحبا' });
      // The other room speaks too: nobody in room A hears it; room B's founder hears only room B.
      await send(server.baseUrl, roomB.staff.token, otherStaffToken, 'chat', 'Room B');
      expect((await otherSignals.nth(2)).consultationSignals.payload).toBe('Room B');
      await send(server.baseUrl, roomA.staff.token, staffToken, 'leave');
      expect((await founderSignals.nth(3)).consultationSignals.kind).toBe('leave');
      expect(founderSignals.received.map((event) => event.consultationSignals.kind)).toEqual(['resync', 'offer', 'leave']);
      expect(staffSignals.received.map((event) => event.consultationSignals.kind)).toEqual(['resync', 'chat']);
      expect(otherSignals.received.map((event) => event.consultationSignals.payload)).toEqual(['', 'Room B']);
    });

    it('refuses a subscription with someone else’s room token, and cleans up when the socket leaves', async () => {
      const { founder, staff, bookingId } = await videoConsultation(server);
      const founderToken = await roomToken(server, founder.token, bookingId);
      const thief = socket(staff.token).subscribe<Signal>(signalsSubscription(founderToken));
      const outcome = await thief.ended;
      // graphql-ws answers a refused subscription with one result carrying the error, then completes.
      expect(JSON.stringify([outcome.error, thief.received])).toContain('ROOM_TOKEN_INVALID');
      expect(thief.received.some((event) => 'consultationSignals' in event)).toBe(false);

      const before = subscribers();
      const own = socket(founder.token);
      own.subscribe<Signal>(signalsSubscription(founderToken));
      await until(() => subscribers() === before + 1);
      await own.dispose();
      await until(() => subscribers() === before);
    });
  });

  describe('across two app processes', () => {
    let processB: ChildProcess | undefined;
    let baseUrlB: string;

    beforeAll(async () => {
      const port = await getPort({ host: '127.0.0.1' });
      baseUrlB = `http://127.0.0.1:${port}`;
      processB = spawn(process.execPath, appProcessArguments(), {
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          NODE_ENV: 'test',
          DATABASE_URL: server.databaseUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          PUBLIC_URL: baseUrlB,
          LOG_LEVEL: 'error',
          LOG_PRETTY: '0',
          SEED_DEMO_DATA: '0',
          PASSWORD_HASH_PROFILE: 'fast-test-only',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      await until(() => isAppReady(baseUrlB));
    });

    afterAll(async () => {
      if (processB) await stopAppProcess(processB);
    });

    it('relays signals between a participant on process A and one on process B, both ways, with a token from either', async () => {
      const { founder, staff, bookingId } = await videoConsultation(server);
      const founderToken = await roomToken(server, founder.token, bookingId); // issued by A, used on B
      const staffJoin = await fetch(`${baseUrlB}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.token}` },
        body: JSON.stringify({ query: JOIN_ROOM, variables: { bookingId } }),
      });
      const staffToken = ((await staffJoin.json()) as any).data.joinConsultationRoom.roomToken as string; // issued by B, used on A
      const staffOnA = socket(staff.token).subscribe<Signal>(signalsSubscription(staffToken));
      const founderSocketB = socket(founder.token, baseUrlB);
      const founderOnB = founderSocketB.subscribe<Signal>(signalsSubscription(founderToken));
      // Both listen once their first event (resync) has come, on A and on B alike: one hello is heard.
      expect((await staffOnA.nth(1)).consultationSignals.kind).toBe('resync');
      expect((await founderOnB.nth(1)).consultationSignals.kind).toBe('resync');
      await send(server.baseUrl, staff.token, staffToken, 'join');
      expect((await founderOnB.nth(2)).consultationSignals.kind).toBe('join');
      const answer = JSON.stringify({ type: 'answer', sdp: 'v=0\r\n'.padEnd(9000, 'a') });
      await send(baseUrlB, founder.token, founderToken, 'answer', answer);
      expect((await staffOnA.nth(2)).consultationSignals.payload).toBe(answer);
      await send(baseUrlB, founder.token, founderToken, 'chat', 'Hello from B');
      await until(() => staffOnA.received.some((event) => event.consultationSignals.payload === 'Hello from B'));
      await send(server.baseUrl, staff.token, staffToken, 'chat', 'Hello from A');
      await until(() => founderOnB.received.some((event) => event.consultationSignals.payload === 'Hello from A'));
      expect(staffOnA.received.map((event) => event.consultationSignals.kind)).toEqual(['resync', 'answer', 'chat']);
    });
  });
});

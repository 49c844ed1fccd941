import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { createService, officeStaff, slotsOf } from './support/appointments.js';
import {
  CANCEL_TALK_NOW,
  JOIN_TALK_NOW_ROOM,
  MY_TALK_NOW_REQUEST,
  REQUEST_TALK_NOW,
  SEND_SIGNAL,
  SET_TALK_NOW_DUTY,
  TAKE_NEXT_TALK_NOW_CALLER,
  TALK_NOW_AVAILABILITY,
  TALK_NOW_DESK,
  TALK_NOW_QUEUE_CHANGED,
  TALK_NOW_REQUEST_CHANGED,
  signalsSubscription,
} from './support/consultations.js';
import { graphql } from './support/graphql.js';
import { liveClient, terminalLiveClient, type LiveClient } from './support/live-updates.js';
import { startServer, type RunningServer } from './support/running-server.js';

type Update = { requestId: string | null; status: string | null; resync: boolean };
const REGISTER_TERMINAL = `mutation($input: RegisterKioskDeviceInput!) { registerKioskDevice(input: $input) { enrolmentPath device { id } } }`;
const DISABLE_TERMINAL = `mutation($id: ID!) { disableKioskDevice(id: $id) { id } }`;
const OFFICE = 'economic_development';

describe('video consultations: talk now', () => {
  let server: RunningServer;
  const sockets: LiveClient[] = [];
  const socket = (token: string) => {
    const created = liveClient(server.baseUrl, token);
    sockets.push(created);
    return created;
  };
  const call = (query: string, variables: Record<string, unknown>, token: string, language = 'en') =>
    graphql<any>(server, query, variables, { token, language });
  const onDuty = async (token: string, office = OFFICE, duty = true) => {
    const set = await call(SET_TALK_NOW_DUTY, { office, onDuty: duty }, token);
    if (set.errors) throw new Error(JSON.stringify(set.errors));
    return set.data.setTalkNowDuty;
  };
  const caller = async () => signedInAccount(server);
  /** A terminal enrolled by staff of the citizens' office: its id and device secret. */
  const terminal = async () => {
    const enroller = await accountWithRoles(server, ['staff_citizens_office']);
    const input = { name: 'Bürgerbüro Wattenscheid, Terminal 2', location: 'Saarlandstraße, Foyer', district: 'wattenscheid' };
    const enrolled = (await call(REGISTER_TERMINAL, { input }, enroller.token)).data.registerKioskDevice;
    return { id: enrolled.device.id as string, secret: /#device=(.+)$/.exec(enrolled.enrolmentPath)![1], enroller };
  };
  /** A request as a terminal's browser sends it where nobody is signed in. */
  const asTerminal = (query: string, variables: Record<string, unknown>, secret: string) =>
    graphql<any>(server, query, variables, { terminal: secret, language: 'de' });

  beforeAll(async () => {
    server = await startServer();
  });

  beforeEach(async () => {
    // Every test starts with an empty queue and nobody on duty (the queue is per office, shared by all tests).
    await server.sql('DELETE FROM consultation_talk_now_requests');
    await server.sql('DELETE FROM consultation_talk_now_duty');
  });

  afterAll(async () => {
    await Promise.all(sockets.map((each) => each.dispose()));
    await server?.close();
  });

  it('queues a founder, tells them live that staff took the call, and admits both to the call’s room', async () => {
    const staff = await accountWithRoles(server, ['staff_economic_development']);
    const founder = await caller();
    expect((await call(TALK_NOW_AVAILABILITY, { office: OFFICE }, founder.token)).data.talkNowAvailability).toEqual({
      office: OFFICE,
      available: false,
      staffOnDuty: 0,
      waiting: 0,
    });
    expect(await onDuty(staff.token)).toMatchObject({ onDuty: true, staffOnDuty: 1, waiting: 0, currentCall: null });
    expect((await call(TALK_NOW_AVAILABILITY, { office: OFFICE }, founder.token)).data.talkNowAvailability).toMatchObject({
      available: true,
      staffOnDuty: 1,
    });

    const queue = socket(staff.token).subscribe<{ talkNowQueueChanged: Update }>(TALK_NOW_QUEUE_CHANGED, { office: OFFICE });
    expect((await queue.nth(1)).talkNowQueueChanged.resync).toBe(true);
    const requested = (await call(REQUEST_TALK_NOW, { office: OFFICE }, founder.token)).data.requestTalkNow;
    expect(requested).toMatchObject({ office: OFFICE, status: 'waiting', ahead: 0, roomId: null, takenAt: null });
    // Asking again is the same place in the queue.
    expect((await call(REQUEST_TALK_NOW, { office: OFFICE }, founder.token)).data.requestTalkNow.id).toBe(requested.id);
    expect((await queue.nth(2)).talkNowQueueChanged).toEqual({ requestId: requested.id, status: 'waiting', resync: false });
    expect((await call(TALK_NOW_DESK, { office: OFFICE }, staff.token)).data.talkNowDesk).toMatchObject({ onDuty: true, waiting: 1 });

    const changes = socket(founder.token).subscribe<{ talkNowRequestChanged: Update }>(TALK_NOW_REQUEST_CHANGED, { id: requested.id });
    expect((await changes.nth(1)).talkNowRequestChanged).toEqual({ requestId: null, status: null, resync: true });
    const taken = (await call(TAKE_NEXT_TALK_NOW_CALLER, { office: OFFICE }, staff.token)).data.takeNextTalkNowCaller;
    expect(taken).toMatchObject({ id: requested.id, status: 'connected', roomId: `now-${requested.id}` });
    expect((await changes.nth(2)).talkNowRequestChanged).toEqual({ requestId: requested.id, status: 'connected', resync: false });
    const mine = (await call(MY_TALK_NOW_REQUEST, { id: requested.id }, founder.token)).data.myTalkNowRequest;
    expect(mine).toMatchObject({ status: 'connected', roomId: `now-${requested.id}`, ahead: null });
    expect((await call(TALK_NOW_DESK, { office: OFFICE }, staff.token)).data.talkNowDesk.currentCall.id).toBe(requested.id);

    // The call's room: the same room tokens and signalling as a booked video appointment.
    const asFounder = (await call(JOIN_TALK_NOW_ROOM, { callId: requested.id }, founder.token)).data.joinTalkNowRoom;
    const asStaff = (await call(JOIN_TALK_NOW_ROOM, { callId: requested.id }, staff.token)).data.joinTalkNowRoom;
    expect(asFounder).toMatchObject({ bookingId: mine.roomId, role: 'booker' });
    expect(asStaff).toMatchObject({ bookingId: mine.roomId, role: 'staff' });
    const signals = socket(staff.token).subscribe<{ consultationSignals: { kind: string; payload: string } }>(
      signalsSubscription(asStaff.roomToken),
    );
    expect((await signals.nth(1)).consultationSignals.kind).toBe('resync');
    const sent = await call(SEND_SIGNAL, { roomToken: asFounder.roomToken, kind: 'chat', payload: 'Guten Tag' }, founder.token);
    expect(sent.data.sendConsultationSignal).toBe(true);
    expect((await signals.nth(2)).consultationSignals).toMatchObject({ kind: 'chat', payload: 'Guten Tag' });

    // The founder hangs up: the call ends, the room closes to both.
    expect((await call(CANCEL_TALK_NOW, { id: requested.id }, founder.token)).data.cancelTalkNow.status).toBe('ended');
    expect((await changes.nth(3)).talkNowRequestChanged.status).toBe('ended');
    const closed = await call(JOIN_TALK_NOW_ROOM, { callId: requested.id }, staff.token);
    expect(closed.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('two staff taking at once from five callers who queued at once: each caller is taken exactly once', async () => {
    const staff = await Promise.all([1, 2].map(() => accountWithRoles(server, ['staff_economic_development'])));
    for (const each of staff) await onDuty(each.token);
    const callers = await Promise.all([1, 2, 3, 4, 5].map(() => caller()));
    const requests = await Promise.all(callers.map((each) => call(REQUEST_TALK_NOW, { office: OFFICE }, each.token)));
    const ids = requests.map((each) => each.data.requestTalkNow.id as string);
    expect(new Set(ids).size).toBe(5);
    const places = await Promise.all(callers.map((each, index) => call(MY_TALK_NOW_REQUEST, { id: ids[index] }, each.token)));
    expect(places.map((each) => each.data.myTalkNowRequest.ahead).sort()).toEqual([0, 1, 2, 3, 4]);

    // Ten takes at once (five per staff member): a staff member's own takes queue behind each other, each ending the previous call.
    const takes = await Promise.all(
      staff.flatMap((each) => [1, 2, 3, 4, 5].map(() => call(TAKE_NEXT_TALK_NOW_CALLER, { office: OFFICE }, each.token))),
    );
    for (const take of takes) expect(take.errors).toBeUndefined();
    const taken = takes.map((take) => take.data.takeNextTalkNowCaller?.id as string | undefined).filter((id) => id !== undefined);
    expect(taken.sort()).toEqual([...ids].sort());
    const rows = await server.sql<{ status: string; staff_account_id: string; taken: number }>(
      `SELECT status, staff_account_id, count(*)::int AS taken FROM consultation_talk_now_requests GROUP BY 1, 2`,
    );
    expect(rows.every((row) => row.status === 'ended' || (row.status === 'connected' && row.taken === 1))).toBe(true);
    // Each staff member is in at most one call (the last caller they took).
    const connected = rows.filter((row) => row.status === 'connected');
    expect(connected.length).toBeGreaterThanOrEqual(1);
    expect(connected.length).toBeLessThanOrEqual(2);
    expect((await call(TALK_NOW_AVAILABILITY, { office: OFFICE }, callers[0].token)).data.talkNowAvailability.waiting).toBe(0);
    expect((await call(TAKE_NEXT_TALK_NOW_CALLER, { office: OFFICE }, staff[0].token)).data.takeNextTalkNowCaller).toBeNull();
  });

  it('skips and cancels a caller whose page stopped asking (closed): the next present caller is taken; asking again keeps one’s place', async () => {
    const staff = await accountWithRoles(server, ['staff_economic_development']);
    await onDuty(staff.token);
    const [gone, present] = [await caller(), await caller()];
    const left = (await call(REQUEST_TALK_NOW, { office: OFFICE }, gone.token)).data.requestTalkNow;
    const stays = (await call(REQUEST_TALK_NOW, { office: OFFICE }, present.token)).data.requestTalkNow;
    expect(stays.ahead).toBe(1);
    // The first caller's page went quiet three minutes ago; the second one's asked again just now.
    await server.sql(`UPDATE consultation_talk_now_requests SET last_seen_at = now() - interval '3 minutes' WHERE id = $1`, [left.id]);
    const again = (await call(REQUEST_TALK_NOW, { office: OFFICE }, present.token)).data.requestTalkNow;
    expect(again).toMatchObject({ id: stays.id, status: 'waiting', ahead: 0 });
    expect((await call(TALK_NOW_AVAILABILITY, { office: OFFICE }, present.token)).data.talkNowAvailability.waiting).toBe(1);

    const changes = socket(gone.token).subscribe<{ talkNowRequestChanged: Update }>(TALK_NOW_REQUEST_CHANGED, { id: left.id });
    expect((await changes.nth(1)).talkNowRequestChanged.resync).toBe(true);
    const taken = (await call(TAKE_NEXT_TALK_NOW_CALLER, { office: OFFICE }, staff.token)).data.takeNextTalkNowCaller;
    expect(taken.id).toBe(stays.id);
    // The one who left is cancelled, and told so should their page wake up.
    expect((await changes.nth(2)).talkNowRequestChanged).toEqual({ requestId: left.id, status: 'cancelled', resync: false });
    expect((await call(MY_TALK_NOW_REQUEST, { id: left.id }, gone.token)).data.myTalkNowRequest.status).toBe('cancelled');
    // Back at the page, they may queue again (at the end).
    const back = (await call(REQUEST_TALK_NOW, { office: OFFICE }, gone.token)).data.requestTalkNow;
    expect(back).toMatchObject({ status: 'waiting', ahead: 0 });
    expect(back.id).not.toBe(left.id);
    // Both requests are in the caller's personal data export (Art. 15 GDPR).
    const exported = await fetch(`${server.baseUrl}/api/privacy/my-data.json`, { headers: { authorization: `Bearer ${gone.token}` } });
    const { domains } = (await exported.json()) as { domains: { consultations: { talkNowRequests: { id: string; status: string }[] } } };
    expect(domains.consultations.talkNowRequests.map((each) => [each.id, each.status])).toEqual([
      [left.id, 'cancelled'],
      [back.id, 'waiting'],
    ]);
  });

  it('answers NOT_FOUND for another account’s request and call room, and FORBIDDEN for the queue to non-staff', async () => {
    const staff = await accountWithRoles(server, ['staff_economic_development']);
    await onDuty(staff.token);
    const founder = await caller();
    const stranger = await caller();
    const colleague = await accountWithRoles(server, ['staff_economic_development']);
    const { id } = (await call(REQUEST_TALK_NOW, { office: OFFICE }, founder.token)).data.requestTalkNow;
    for (const token of [stranger.token, colleague.token]) {
      for (const [query, variables] of [
        [MY_TALK_NOW_REQUEST, { id }],
        [CANCEL_TALK_NOW, { id }],
        [MY_TALK_NOW_REQUEST, { id: 'not-an-id' }],
      ] as const) {
        const refused = await call(query, variables, token);
        expect(refused.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      const watched = socket(token).subscribe(TALK_NOW_REQUEST_CHANGED, { id });
      const outcome = await watched.ended;
      // graphql-ws answers a refused subscription with one result carrying the error, then completes.
      expect(JSON.stringify([outcome.error, watched.received])).toContain('NOT_FOUND');
      expect(watched.received.some((event) => 'talkNowRequestChanged' in event)).toBe(false);
    }
    expect((await call(MY_TALK_NOW_REQUEST, { id }, founder.token)).data.myTalkNowRequest.status).toBe('waiting');

    await call(TAKE_NEXT_TALK_NOW_CALLER, { office: OFFICE }, staff.token);
    for (const token of [stranger.token, colleague.token]) {
      const refused = await call(JOIN_TALK_NOW_ROOM, { callId: id }, token);
      expect(refused.errors![0].extensions.code).toBe('NOT_FOUND');
    }

    const citizensOffice = await accountWithRoles(server, ['staff_citizens_office']);
    for (const [query, variables, token] of [
      [SET_TALK_NOW_DUTY, { office: OFFICE, onDuty: true }, stranger.token],
      [SET_TALK_NOW_DUTY, { office: OFFICE, onDuty: true }, citizensOffice.token],
      [TAKE_NEXT_TALK_NOW_CALLER, { office: OFFICE }, citizensOffice.token],
      [TALK_NOW_DESK, { office: OFFICE }, stranger.token],
    ] as const) {
      const refused = await call(query, variables, token);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OFFICE_STAFF' });
    }
    const queue = socket(stranger.token).subscribe(TALK_NOW_QUEUE_CHANGED, { office: OFFICE });
    const outcome = await queue.ended;
    expect(JSON.stringify([outcome.error, queue.received])).toContain('NOT_OFFICE_STAFF');
    expect(queue.received.some((event) => 'talkNowQueueChanged' in event)).toBe(false);
    const anonymous = await graphql<any>(server, TALK_NOW_AVAILABILITY, { office: OFFICE });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('off duty: nobody to talk to now, the caller is told in their language and can book the next free video slot', async () => {
    const staff = await officeStaff(server, OFFICE);
    const service = await createService(server, staff.token, { office: OFFICE, minNoticeMinutes: 0, video: true, inPerson: true });
    await onDuty(staff.token);
    const founder = await signedInAccount(server, undefined, undefined, 'de');
    expect(await onDuty(staff.token, OFFICE, false)).toMatchObject({ onDuty: false, staffOnDuty: 0 });
    expect((await call(TALK_NOW_AVAILABILITY, { office: OFFICE }, founder.token)).data.talkNowAvailability.available).toBe(false);
    const refused = await call(REQUEST_TALK_NOW, { office: OFFICE }, founder.token, 'de');
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOBODY_ON_DUTY' });
    expect(refused.errors![0].message).toBe('Gerade ist niemand für ein Gespräch frei. Bitte buchen Sie den nächsten freien Videotermin.');
    const notOnDuty = await call(TAKE_NEXT_TALK_NOW_CALLER, { office: OFFICE }, staff.token);
    expect(notOnDuty.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ON_DUTY' });
    // The offer: the office's next free video slot (what the Talk now panel shows).
    const slots = await slotsOf(server, founder.token, service.id, new Date(), 3);
    expect(slots.length).toBeGreaterThan(0);

    // A heartbeat older than the duty timeout counts as off duty.
    await onDuty(staff.token);
    await server.sql(`UPDATE consultation_talk_now_duty SET last_seen_at = now() - interval '16 minutes'`);
    expect((await call(TALK_NOW_AVAILABILITY, { office: OFFICE }, founder.token)).data.talkNowAvailability.available).toBe(false);
  });

  it('lets a waiting caller leave the queue; staff going off duty ends their call', async () => {
    const staff = await accountWithRoles(server, ['staff_economic_development']);
    await onDuty(staff.token);
    const [first, second] = await Promise.all([caller(), caller()]);
    const one = (await call(REQUEST_TALK_NOW, { office: OFFICE }, first.token)).data.requestTalkNow;
    const two = (await call(REQUEST_TALK_NOW, { office: OFFICE }, second.token)).data.requestTalkNow;
    expect(two.ahead).toBe(1);
    expect((await call(CANCEL_TALK_NOW, { id: one.id }, first.token)).data.cancelTalkNow).toMatchObject({
      status: 'cancelled',
      ahead: null,
    });
    expect((await call(MY_TALK_NOW_REQUEST, { id: two.id }, second.token)).data.myTalkNowRequest.ahead).toBe(0);
    expect((await call(TAKE_NEXT_TALK_NOW_CALLER, { office: OFFICE }, staff.token)).data.takeNextTalkNowCaller.id).toBe(two.id);
    expect(await onDuty(staff.token, OFFICE, false)).toMatchObject({ onDuty: false, currentCall: null });
    expect((await call(MY_TALK_NOW_REQUEST, { id: two.id }, second.token)).data.myTalkNowRequest.status).toBe('ended');
    // A cancelled request stays cancelled; the caller may queue again.
    expect((await call(CANCEL_TALK_NOW, { id: one.id }, first.token)).data.cancelTalkNow.status).toBe('cancelled');
  });

  it('lets a terminal where nobody signed in call staff: queued as the terminal, taken, in the room; others get NOT_FOUND', async () => {
    const staff = await accountWithRoles(server, ['staff_economic_development']);
    const kiosk = await terminal();
    const otherKiosk = await terminal();
    await onDuty(staff.token);
    expect((await asTerminal(TALK_NOW_AVAILABILITY, { office: OFFICE }, kiosk.secret)).data.talkNowAvailability.available).toBe(true);
    const requested = (await asTerminal(REQUEST_TALK_NOW, { office: OFFICE }, kiosk.secret)).data.requestTalkNow;
    expect(requested).toMatchObject({ status: 'waiting', ahead: 0 });
    // Asking again is the same place; the terminal is the caller (no account).
    expect((await asTerminal(REQUEST_TALK_NOW, { office: OFFICE }, kiosk.secret)).data.requestTalkNow.id).toBe(requested.id);
    const [row] = await server.sql<{ caller_account_id: string | null; caller_kiosk_device_id: string }>(
      'SELECT caller_account_id, caller_kiosk_device_id FROM consultation_talk_now_requests WHERE id = $1',
      [requested.id],
    );
    expect(row).toEqual({ caller_account_id: null, caller_kiosk_device_id: kiosk.id });

    // The terminal's own socket learns live that staff took the call.
    const terminalSocket = terminalLiveClient(server.baseUrl, kiosk.secret);
    sockets.push(terminalSocket);
    const changes = terminalSocket.subscribe<{ talkNowRequestChanged: Update }>(TALK_NOW_REQUEST_CHANGED, { id: requested.id });
    expect((await changes.nth(1)).talkNowRequestChanged.resync).toBe(true);
    const taken = (await call(TAKE_NEXT_TALK_NOW_CALLER, { office: OFFICE }, staff.token)).data.takeNextTalkNowCaller;
    expect(taken.id).toBe(requested.id);
    expect((await changes.nth(2)).talkNowRequestChanged).toEqual({ requestId: requested.id, status: 'connected', resync: false });

    // Both in the room; signals both ways (the terminal's over its own socket).
    const asKiosk = (await asTerminal(JOIN_TALK_NOW_ROOM, { callId: requested.id }, kiosk.secret)).data.joinTalkNowRoom;
    const asStaff = (await call(JOIN_TALK_NOW_ROOM, { callId: requested.id }, staff.token)).data.joinTalkNowRoom;
    expect(asKiosk).toMatchObject({ bookingId: `now-${requested.id}`, role: 'booker', callerTerminal: null });
    // Staff see where the caller is (nobody signed in there: no account, no case to look up).
    expect(asStaff).toMatchObject({
      role: 'staff',
      callerTerminal: { name: 'Bürgerbüro Wattenscheid, Terminal 2', location: 'Saarlandstraße, Foyer' },
    });
    const kioskSignals = terminalSocket.subscribe<{ consultationSignals: { kind: string; payload: string } }>(
      signalsSubscription(asKiosk.roomToken),
    );
    const staffSignals = socket(staff.token).subscribe<{ consultationSignals: { kind: string; payload: string } }>(
      signalsSubscription(asStaff.roomToken),
    );
    expect((await kioskSignals.nth(1)).consultationSignals.kind).toBe('resync');
    expect((await staffSignals.nth(1)).consultationSignals.kind).toBe('resync');
    await asTerminal(SEND_SIGNAL, { roomToken: asKiosk.roomToken, kind: 'chat', payload: 'Hallo, ich brauche Hilfe' }, kiosk.secret);
    expect((await staffSignals.nth(2)).consultationSignals).toMatchObject({ kind: 'chat', payload: 'Hallo, ich brauche Hilfe' });
    await call(SEND_SIGNAL, { roomToken: asStaff.roomToken, kind: 'chat', payload: 'Guten Tag!' }, staff.token);
    expect((await kioskSignals.nth(2)).consultationSignals).toMatchObject({ kind: 'chat', payload: 'Guten Tag!' });

    // Another terminal, an account, or no credentials at all: nothing of this call.
    for (const refused of [
      await asTerminal(MY_TALK_NOW_REQUEST, { id: requested.id }, otherKiosk.secret),
      await asTerminal(JOIN_TALK_NOW_ROOM, { callId: requested.id }, otherKiosk.secret),
      await asTerminal(CANCEL_TALK_NOW, { id: requested.id }, otherKiosk.secret),
      await call(MY_TALK_NOW_REQUEST, { id: requested.id }, (await caller()).token),
    ])
      expect(refused.errors![0].extensions.code).toBe('NOT_FOUND');
    const stolen = await asTerminal(SEND_SIGNAL, { roomToken: asKiosk.roomToken, kind: 'chat', payload: 'x' }, otherKiosk.secret);
    expect(stolen.errors![0].extensions.reason).toBe('ROOM_TOKEN_INVALID');
    const anonymous = await graphql<any>(server, REQUEST_TALK_NOW, { office: OFFICE });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const unknown = await asTerminal(REQUEST_TALK_NOW, { office: OFFICE }, 'not-a-device-secret');
    expect(unknown.errors![0].extensions.reason).toBe('KIOSK_DEVICE_UNKNOWN');
    // A terminal is no account: what needs one stays refused.
    expect((await asTerminal(TALK_NOW_DESK, { office: OFFICE }, kiosk.secret)).errors![0].extensions.code).toBe('UNAUTHENTICATED');

    // Staff disable the terminal: its live subscription ends and its requests are refused.
    expect((await call(DISABLE_TERMINAL, { id: kiosk.id }, kiosk.enroller.token)).errors).toBeUndefined();
    await call(SEND_SIGNAL, { roomToken: asStaff.roomToken, kind: 'chat', payload: 'Sind Sie noch da?' }, staff.token);
    expect(await kioskSignals.ended).toEqual({});
    expect(kioskSignals.received.some((event) => event.consultationSignals?.payload === 'Sind Sie noch da?')).toBe(false);
    const disabled = await asTerminal(CANCEL_TALK_NOW, { id: requested.id }, kiosk.secret);
    expect(disabled.errors![0].extensions.reason).toBe('KIOSK_DEVICE_DISABLED');
  });
});

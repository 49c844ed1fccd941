import { LiveUpdates } from '../src/common/live-updates/index.js';
import { MAX_SOCKETS_PER_ACCOUNT } from '../src/graphql/live-sockets.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { liveClient, until, type LiveClient } from './support/live-updates.js';
import { startServer, type RunningServer } from './support/running-server.js';

const NOTIFICATIONS_CHANGED = 'subscription { notificationsChanged { unreadCount resync notification { id kind title link read } } }';
const GRANT = 'mutation($input: ChangeAccountRoleInput!) { grantAccountRole(input: $input) { id } }';

interface Update {
  notificationsChanged: {
    unreadCount: number;
    resync: boolean;
    notification: { id: string; kind: string; title: string; link: string; read: boolean } | null;
  };
}

describe('live notifications over graphql-ws', () => {
  let server: RunningServer;
  let admin: Awaited<ReturnType<typeof accountWithRoles>>;
  const clients: LiveClient[] = [];

  const open = (token?: string) => {
    const client = liveClient(server.baseUrl, token);
    clients.push(client);
    return client;
  };
  const subscribers = () => server.app.get(LiveUpdates).size.subscribers;
  const grant = async (accountId: string, role: string) => {
    const response = await graphql(server, GRANT, { input: { accountId, role, reason: 'Live update test' } }, { token: admin.token });
    expect(response.errors).toBeUndefined();
  };
  const unreadOverHttp = async (token: string) =>
    (await graphql<{ unreadNotificationCount: number }>(server, '{ unreadNotificationCount }', {}, { token })).data!
      .unreadNotificationCount;

  beforeAll(async () => {
    server = await startServer();
    admin = await accountWithRoles(server, ['admin']);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await server.close();
  });

  it('delivers a new notification to its account only, in the reader’s language, and the unread count', async () => {
    const alice = await signedInAccount(server);
    const bob = await signedInAccount(server, undefined, undefined, 'de');
    const before = subscribers();
    const aliceEvents = open(alice.token).subscribe<Update>(NOTIFICATIONS_CHANGED);
    const bobEvents = open(bob.token).subscribe<Update>(NOTIFICATIONS_CHANGED);
    await until(() => subscribers() === before + 2);

    // Each subscription's first event: it is registered (the catch-up read), with the current unread count.
    expect((await aliceEvents.nth(1)).notificationsChanged).toEqual({
      unreadCount: await unreadOverHttp(alice.token),
      resync: true,
      notification: null,
    });
    await grant(alice.account.id as string, 'staff_communication');
    const first = (await aliceEvents.nth(2)).notificationsChanged;
    expect(first.notification).toMatchObject({ kind: 'role_granted', link: '/account', read: false });
    expect(first.resync).toBe(false);
    expect(first.unreadCount).toBe(await unreadOverHttp(alice.token));

    // Bob's first change is his own: Alice's never reached his socket (the IDOR test of subscriptions).
    await grant(bob.account.id as string, 'staff_citizens_office');
    const bobsFirst = (await bobEvents.nth(2)).notificationsChanged;
    expect(bobEvents.received[0].notificationsChanged.resync).toBe(true);
    expect(bobsFirst.notification?.kind).toBe('role_granted');
    expect(bobsFirst.notification?.title).not.toBe(first.notification?.title); // German for Bob, English for Alice
    expect(bobEvents.received).toHaveLength(2);
    const bobsOwn = await graphql<{ myNotifications: { nodes: { id: string }[] } }>(
      server,
      '{ myNotifications { nodes { id } } }',
      {},
      { token: bob.token },
    );
    const bobsIds = bobsOwn.data!.myNotifications.nodes.map((node) => node.id);
    expect(bobsIds).toContain(bobsFirst.notification!.id);
    expect(bobsIds).not.toContain(first.notification!.id);
    expect(aliceEvents.received).toHaveLength(2);

    // Reading them all on another device updates the open page's count.
    await graphql(server, 'mutation { markAllNotificationsRead }', {}, { token: alice.token });
    expect((await aliceEvents.nth(3)).notificationsChanged).toEqual({ unreadCount: 0, resync: false, notification: null });
  });

  it('sends the first event once the subscription is registered: a change right after it is delivered (no fixed wait)', async () => {
    const frida = await signedInAccount(server);
    const live = server.app.get(LiveUpdates);
    const before = live.size.subscribers;
    const events = open(frida.token).subscribe<Update>(NOTIFICATIONS_CHANGED);
    // No waiting for the server's bookkeeping: the first event itself says the subscription is registered.
    expect((await events.nth(1)).notificationsChanged.resync).toBe(true);
    expect(live.size.subscribers).toBe(before + 1);
    await grant(frida.account.id as string, 'staff_communication');
    const change = (await events.nth(2)).notificationsChanged;
    expect(change).toMatchObject({ resync: false, notification: { kind: 'role_granted' } });
    expect(events.received).toHaveLength(2);
  });

  it('keeps one bus subscription per channel however many sockets listen, and releases it when they leave', async () => {
    const people = await Promise.all([signedInAccount(server), signedInAccount(server)]);
    const live = server.app.get(LiveUpdates);
    const before = live.size;
    const sockets = people.map((person) => open(person.token));
    sockets.forEach((socket) => socket.subscribe(NOTIFICATIONS_CHANGED));
    await until(() => live.size.subscribers === before.subscribers + 2);
    expect(live.size.channels).toBe(1);
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await until(() => live.size.subscribers === before.subscribers);
    expect(live.size.channels).toBe(before.subscribers === 0 ? 0 : 1);
  });

  it('refuses a socket without a valid session with the stable code UNAUTHENTICATED', async () => {
    const anonymous = open();
    anonymous.subscribe(NOTIFICATIONS_CHANGED);
    expect(await anonymous.closed).toEqual({ code: 4401, reason: 'UNAUTHENTICATED' });

    const forged = open('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    forged.subscribe(NOTIFICATIONS_CHANGED);
    expect(await forged.closed).toEqual({ code: 4401, reason: 'UNAUTHENTICATED' });
  });

  it('answers an invalid subscription document in the project’s error shape (BAD_USER_INPUT, correlation id)', async () => {
    const frank = await signedInAccount(server);
    // codegen-skip-next-document
    const { error } = await open(frank.token).subscribe('subscription { noSuchField }').ended;
    const [first] = error as { extensions: Record<string, unknown> }[];
    expect(first.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_QUERY' });
    expect(first.extensions.correlationId).toEqual(expect.any(String));
  });

  it('refuses a subscription sent over HTTP as the caller’s mistake (BAD_USER_INPUT)', async () => {
    const erin = await signedInAccount(server);
    const response = await graphql(server, NOTIFICATIONS_CHANGED, {}, { token: erin.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_NEEDS_WEBSOCKET' });
  });

  it('ends the subscription and closes the socket once the session is signed out', async () => {
    const carol = await signedInAccount(server);
    const before = subscribers();
    const socket = open(carol.token);
    const events = socket.subscribe<Update>(NOTIFICATIONS_CHANGED);
    await until(() => subscribers() === before + 1);
    await graphql(server, 'mutation { logout }', {}, { token: carol.token, refreshCookie: carol.refreshCookie });
    await grant(carol.account.id as string, 'staff_communication');
    expect(await socket.closed).toEqual({ code: 4401, reason: 'UNAUTHENTICATED' });
    // Only the first event (registered) may have come before the sign-out; nothing after it.
    expect(events.received.every((event) => event.notificationsChanged.resync)).toBe(true);
    expect(events.received.length).toBeLessThanOrEqual(1);
  });

  it(`refuses more than ${MAX_SOCKETS_PER_ACCOUNT} sockets of one account with RATE_LIMITED`, async () => {
    const dave = await signedInAccount(server);
    const before = subscribers();
    const allowed = Array.from({ length: MAX_SOCKETS_PER_ACCOUNT }, () => open(dave.token));
    allowed.forEach((socket) => socket.subscribe(NOTIFICATIONS_CHANGED));
    await until(() => subscribers() === before + MAX_SOCKETS_PER_ACCOUNT);
    const oneTooMany = open(dave.token);
    oneTooMany.subscribe(NOTIFICATIONS_CHANGED);
    expect(await oneTooMany.closed).toEqual({ code: 4429, reason: 'RATE_LIMITED' });
  });
});

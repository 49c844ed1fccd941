import type { EntityManager } from 'typeorm';
import { CLUSTER_RECONNECTED_CHANNEL, ClusterEvents, type ClusterEventPayload } from '../cluster-events/index.js';
import { freshRequestPerEvent } from './live-session.js';
import { LiveUpdates } from './live-updates.js';
import { MAX_WAITING_EVENTS } from './subscriber-queue.js';

/** A bus in memory that counts its subscriptions. */
class MemoryBus extends ClusterEvents {
  readonly listeners = new Map<string, Set<(payload: ClusterEventPayload) => void>>();

  async publish(channel: string, payload: ClusterEventPayload): Promise<void> {
    for (const listener of this.listeners.get(channel) ?? []) listener(payload);
  }

  async publishOnCommit(_manager: EntityManager, channel: string, payload: ClusterEventPayload): Promise<void> {
    await this.publish(channel, payload);
  }

  subscribe(channel: string, listener: (payload: ClusterEventPayload) => void): () => void {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return () => set.delete(listener);
  }

  count(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }
}

interface Change {
  accountId: string;
}

const forAccount =
  (accountId: string) =>
  (payload: ClusterEventPayload): payload is ClusterEventPayload & Change =>
    payload.accountId === accountId;

describe('LiveUpdates', () => {
  it('fans one bus subscription out to each subscriber, filtered by its account', async () => {
    const bus = new MemoryBus();
    const live = new LiveUpdates(bus);
    const alice = live.events<Change>('test.changed', { accepts: forAccount('alice') });
    const bob = live.events<Change>('test.changed', { accepts: forAccount('bob') });
    expect(bus.count('test.changed')).toBe(1);

    await bus.publish('test.changed', { accountId: 'bob', n: 1 });
    await bus.publish('test.changed', { accountId: 'alice', n: 2 });
    expect(await alice.next()).toEqual({ value: { accountId: 'alice', n: 2 }, done: false });
    expect(await bob.next()).toEqual({ value: { accountId: 'bob', n: 1 }, done: false });

    await alice.return!();
    expect(bus.count('test.changed')).toBe(1);
    await bob.return!();
    expect(bus.count('test.changed')).toBe(0);
    expect(live.size).toEqual({ subscribers: 0, channels: 0 });
  });

  it('with catchUp, sends a first resync once registered, and then every event published after it', async () => {
    const bus = new MemoryBus();
    const live = new LiveUpdates(bus);
    await bus.publish('test.changed', { accountId: 'a', n: 0 }); // before: not delivered, the catch-up read covers it
    const events = live.events<Change>('test.changed', { accepts: forAccount('a'), catchUp: true });
    expect(bus.count('test.changed')).toBe(1);
    await bus.publish('test.changed', { accountId: 'a', n: 1 });
    expect(await events.next()).toEqual({ value: { resync: true, subscribed: true }, done: false });
    expect(await events.next()).toEqual({ value: { accountId: 'a', n: 1 }, done: false });
    // Without the flag nothing comes first (subscriptions that are not re-read state).
    const plain = live.events<Change>('test.changed', { accepts: forAccount('a') });
    await bus.publish('test.changed', { accountId: 'a', n: 2 });
    expect(await plain.next()).toEqual({ value: { accountId: 'a', n: 2 }, done: false });
  });

  it('ends a subscription whose session ended before it hands on the next event', async () => {
    const bus = new MemoryBus();
    let signedIn = true;
    const events = new LiveUpdates(bus).events<Change>('test.changed', { accepts: forAccount('a'), stillAllowed: async () => signedIn });
    await bus.publish('test.changed', { accountId: 'a' });
    expect((await events.next()).done).toBe(false);
    signedIn = false;
    await bus.publish('test.changed', { accountId: 'a' });
    expect((await events.next()).done).toBe(true);
    expect(bus.count('test.changed')).toBe(0);
  });

  it('sends a resync after the bus reconnected and instead of an overflowing queue', async () => {
    const bus = new MemoryBus();
    const live = new LiveUpdates(bus);
    const events = live.events<Change>('test.changed', { accepts: forAccount('a') });
    await bus.publish(CLUSTER_RECONNECTED_CHANNEL, {});
    expect(await events.next()).toEqual({ value: { resync: true }, done: false });
    for (let index = 0; index <= MAX_WAITING_EVENTS; index += 1) await bus.publish('test.changed', { accountId: 'a' });
    expect(await events.next()).toEqual({ value: { resync: true }, done: false });
  });

  it('completes every subscription when the module stops', async () => {
    const bus = new MemoryBus();
    const live = new LiveUpdates(bus);
    const events = live.events<Change>('test.changed', { accepts: forAccount('a') });
    const waiting = events.next();
    live.onModuleDestroy();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(bus.count('test.changed')).toBe(0);
    expect(bus.count(CLUSTER_RECONNECTED_CHANNEL)).toBe(0);
  });

  it('gives each event of a subscription a request object of its own, with the refreshed actor', () => {
    const subscription = { user: { accountId: 'a', roles: ['resident'] } };
    const context = { req: subscription as object };
    freshRequestPerEvent(context);
    const first = context.req;
    expect(first).not.toBe(subscription);
    expect(first).toEqual(subscription);
    subscription.user = { accountId: 'a', roles: ['admin'] }; // stillSignedIn refreshed the subscription's request
    freshRequestPerEvent(context);
    expect(context.req).not.toBe(first);
    expect(context.req).toEqual({ user: { accountId: 'a', roles: ['admin'] } });
  });
});

import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { CLUSTER_RECONNECTED_CHANNEL, ClusterEvents, type ClusterEventPayload } from '../cluster-events/index.js';
import { SubscriberQueue, type LiveEvent } from './subscriber-queue.js';

export interface LiveSubscription<T> {
  /** Who may receive an event: the subscriber's own data only (deny by default). */
  accepts: (payload: ClusterEventPayload) => payload is ClusterEventPayload & T;
  /** Checked before each event; false ends the subscription (its session ended). */
  stillAllowed?: () => Promise<boolean>;
  /**
   * Send a first resync (`{ resync: true, subscribed: true }`) the moment the subscription is registered:
   * every event published from then on reaches it, so the client's one catch-up read at that moment
   * closes the gap between its initial query and the registration (events published in between are
   * otherwise lost). Signalling uses it as "listening now": its client greets the other side only then.
   */
  catchUp?: boolean;
}

interface Channel {
  unsubscribe: () => void;
  subscribers: Set<(payload: ClusterEventPayload) => void>;
}

/**
 * Turns the cluster bus into GraphQL subscriptions: one bus subscription per channel in this
 * process, however many sockets listen, fanned out here to each subscriber's own queue after its
 * filter. When the bus reconnects (events may have been lost), every subscriber gets a resync.
 */
@Injectable()
export class LiveUpdates implements OnModuleDestroy {
  private readonly channels = new Map<string, Channel>();
  private readonly queues = new Set<SubscriberQueue<unknown>>();
  private readonly stopResync: () => void;

  constructor(private readonly bus: ClusterEvents) {
    this.stopResync = bus.subscribe(CLUSTER_RECONNECTED_CHANNEL, () => {
      for (const queue of this.queues) queue.push({ resync: true });
    });
  }

  /** The events of `channel` this subscriber may see, until it leaves. */
  events<T>(channel: string, subscription: LiveSubscription<T>): AsyncIterableIterator<LiveEvent<T>> {
    const state = this.channel(channel);
    const listener = (payload: ClusterEventPayload) => {
      if (subscription.accepts(payload)) queue.push(payload);
    };
    const queue: SubscriberQueue<T> = new SubscriberQueue<T>(() => {
      this.queues.delete(queue as SubscriberQueue<unknown>);
      state.subscribers.delete(listener);
      if (state.subscribers.size === 0 && this.channels.get(channel) === state) {
        state.unsubscribe();
        this.channels.delete(channel);
      }
    }, subscription.stillAllowed);
    state.subscribers.add(listener);
    this.queues.add(queue as SubscriberQueue<unknown>);
    // Registered on the bus (synchronously above): from here on nothing published is missed.
    if (subscription.catchUp) queue.push({ resync: true, subscribed: true });
    return queue;
  }

  /** How many subscribers and bus subscriptions this process has (for tests and metrics). */
  get size(): { subscribers: number; channels: number } {
    return { subscribers: this.queues.size, channels: this.channels.size };
  }

  onModuleDestroy(): void {
    for (const queue of [...this.queues]) queue.end();
    this.stopResync();
  }

  private channel(name: string): Channel {
    const existing = this.channels.get(name);
    if (existing) return existing;
    const subscribers = new Set<(payload: ClusterEventPayload) => void>();
    const unsubscribe = this.bus.subscribe(name, (payload) => {
      for (const subscriber of [...subscribers]) subscriber(payload);
    });
    const created = { unsubscribe, subscribers };
    this.channels.set(name, created);
    return created;
  }
}

/** Most events one subscriber may have waiting; beyond that the oldest are replaced by one resync. */
export const MAX_WAITING_EVENTS = 100;

/** Tells a subscriber that events may have been lost (bus reconnected, too many waiting): read the state again. */
export interface LiveResync {
  resync: true;
  /** The first event of a subscription with `catchUp`: it is registered now; read once what it keeps current. */
  subscribed?: true;
}

export type LiveEvent<T> = T | LiveResync;

export function isResync<T>(event: LiveEvent<T>): event is LiveResync {
  return (event as LiveResync).resync === true;
}

/**
 * The events of one GraphQL subscription, as the AsyncIterator graphql-js consumes: pushed by the
 * in-process fan-out, pulled by the socket. Ends when the subscriber leaves (`return`) or the
 * process stops (`end`); `onEnd` then unsubscribes it from the fan-out.
 */
export class SubscriberQueue<T> implements AsyncIterableIterator<LiveEvent<T>> {
  private waiting: LiveEvent<T>[] = [];
  private pull?: (result: IteratorResult<LiveEvent<T>>) => void;
  private ended = false;

  constructor(
    private readonly onEnd: () => void,
    /** Checked before each event is handed on; false ends the subscription (e.g. the session ended). */
    private readonly stillAllowed: () => Promise<boolean> = async () => true,
  ) {}

  push(event: LiveEvent<T>): void {
    if (this.ended) return;
    if (this.pull) {
      const pull = this.pull;
      this.pull = undefined;
      pull({ value: event, done: false });
      return;
    }
    this.waiting.push(event);
    if (this.waiting.length > MAX_WAITING_EVENTS) this.waiting = [{ resync: true }];
  }

  async next(): Promise<IteratorResult<LiveEvent<T>>> {
    const result = await this.nextEvent();
    if (result.done) return result;
    if (await this.stillAllowed()) return result;
    return this.end();
  }

  async return(): Promise<IteratorResult<LiveEvent<T>>> {
    return this.end();
  }

  async throw(error?: unknown): Promise<IteratorResult<LiveEvent<T>>> {
    this.end();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveEvent<T>> {
    return this;
  }

  /** Completes the subscription: whoever waits gets `done`. */
  end(): IteratorResult<LiveEvent<T>> {
    if (!this.ended) {
      this.ended = true;
      this.waiting = [];
      this.onEnd();
      const pull = this.pull;
      this.pull = undefined;
      pull?.({ value: undefined, done: true });
    }
    return { value: undefined, done: true };
  }

  private nextEvent(): Promise<IteratorResult<LiveEvent<T>>> {
    const event = this.waiting.shift();
    if (event !== undefined) return Promise.resolve({ value: event, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.pull = resolve));
  }
}

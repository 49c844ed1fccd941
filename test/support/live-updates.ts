import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveEvents<T> {
  received: T[];
  /** Resolves with the `count`-th event (1-based), waiting as long as needed (jest's timeout bounds it). */
  nth(count: number): Promise<T>;
  /** Resolves when the subscription completes or fails. */
  ended: Promise<{ error?: unknown }>;
}

export interface LiveClient {
  client: Client;
  /** Resolves with the socket's close event (code, reason). */
  closed: Promise<{ code: number; reason: string }>;
  subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): LiveEvents<T>;
  dispose(): Promise<void>;
}

/** A graphql-ws client in node, as the browser opens it: the access token in `connection_init`. */
export function liveClient(baseUrl: string, token?: string): LiveClient {
  return liveClientWith(baseUrl, token ? { authorization: `Bearer ${token}` } : {});
}

/** A self-service terminal's socket where nobody is signed in: its device secret in `connection_init`. */
export function terminalLiveClient(baseUrl: string, deviceSecret: string): LiveClient {
  return liveClientWith(baseUrl, { kioskDevice: deviceSecret });
}

function liveClientWith(baseUrl: string, connectionParams: Record<string, string>): LiveClient {
  let onClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        onClosed({ code, reason: String(reason) });
      },
    },
    onNonLazyError: () => undefined,
  });
  return {
    client,
    closed,
    subscribe<T>(query: string, variables?: Record<string, unknown>): LiveEvents<T> {
      const received: T[] = [];
      const waiters: { count: number; resolve: (event: T) => void }[] = [];
      let end!: (outcome: { error?: unknown }) => void;
      const ended = new Promise<{ error?: unknown }>((resolve) => (end = resolve));
      client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            received.push((result.data ?? result) as T);
            for (const waiter of waiters.filter((w) => w.count <= received.length)) waiter.resolve(received[waiter.count - 1]);
          },
          error: (error) => end({ error }),
          complete: () => end({}),
        },
      );
      return {
        received,
        ended,
        nth: (count) =>
          count <= received.length ? Promise.resolve(received[count - 1]) : new Promise((resolve) => waiters.push({ count, resolve })),
      };
    },
    dispose: async () => {
      await client.dispose();
    },
  };
}

/** Resolves once `condition` holds, checking on every turn of the event loop (no fixed sleep). */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

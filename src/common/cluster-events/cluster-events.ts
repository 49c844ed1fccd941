import type { EntityManager } from 'typeorm';

/** JSON; serialized size below MAX_CLUSTER_EVENT_PAYLOAD_BYTES (checked, throws). */
export type ClusterEventPayload = Record<string, unknown>;

export type ClusterEventListener = (payload: ClusterEventPayload) => void;

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; the envelope needs the rest. */
export const MAX_CLUSTER_EVENT_PAYLOAD_BYTES = 7000;

const CHANNEL_PATTERN = /^[a-z][a-z0-9_.]*$/;
const MAX_CHANNEL_LENGTH = 200;

/**
 * Delivered only in this process, whenever its bus connection came back after an interruption: events
 * published meanwhile may be lost, so whoever caches must then drop everything it holds.
 */
export const CLUSTER_RECONNECTED_CHANNEL = 'cluster.reconnected';

/**
 * Messages between all the application's processes (API and worker), for what must be known at once
 * everywhere (a cache entry that went stale). At most once and unordered across processes: it is not a
 * replacement for domain events (src/common/events), which are durable.
 */
export abstract class ClusterEvents {
  /** Delivered to every app process, this one included. */
  abstract publish(channel: string, payload: ClusterEventPayload): Promise<void>;
  /** Same, but sent only if and when the given TypeORM transaction (EntityManager) commits (pg_notify on its connection in PostgreSQL mode; after commit in Redis mode). */
  abstract publishOnCommit(manager: EntityManager, channel: string, payload: ClusterEventPayload): Promise<void>;
  /** Returns an unsubscribe function. Listener errors are logged, never thrown into the bus. */
  abstract subscribe(channel: string, listener: (payload: ClusterEventPayload) => void): () => void;
}

export class ClusterEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClusterEventError';
  }
}

export function assertChannel(channel: string): void {
  if (channel.length > MAX_CHANNEL_LENGTH || !CHANNEL_PATTERN.test(channel)) {
    throw new ClusterEventError(`invalid cluster event channel ${JSON.stringify(channel)} (must match ${CHANNEL_PATTERN.source})`);
  }
}

/** The wire form: one transport channel carries every event channel. */
export interface ClusterEnvelope {
  c: string;
  p: ClusterEventPayload;
}

export function encodeEnvelope(channel: string, payload: ClusterEventPayload): string {
  assertChannel(channel);
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ClusterEventError('a cluster event payload must be a JSON object');
  }
  const body = JSON.stringify(payload);
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes >= MAX_CLUSTER_EVENT_PAYLOAD_BYTES) {
    throw new ClusterEventError(`cluster event payload on ${channel} is ${bytes} bytes (limit ${MAX_CLUSTER_EVENT_PAYLOAD_BYTES})`);
  }
  return `{"c":${JSON.stringify(channel)},"p":${body}}`;
}

export function decodeEnvelope(text: string): ClusterEnvelope | undefined {
  try {
    const value = JSON.parse(text) as Partial<ClusterEnvelope>;
    if (typeof value.c !== 'string' || !value.p || typeof value.p !== 'object') return undefined;
    return { c: value.c, p: value.p };
  } catch {
    return undefined;
  }
}

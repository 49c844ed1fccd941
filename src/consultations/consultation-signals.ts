import { randomUUID } from 'node:crypto';
import type { ClusterEventPayload } from '../common/cluster-events/index.js';
import { isResync, type LiveEvent } from '../common/live-updates/index.js';

/** What one participant tells the other through the server. */
export enum ConsultationSignalKind {
  join = 'join',
  offer = 'offer',
  answer = 'answer',
  candidate = 'candidate',
  chat = 'chat',
  leave = 'leave',
}

/** A whole signal, as the other participant receives it. */
export interface ConsultationSignal {
  bookingId: string;
  from: string;
  kind: ConsultationSignalKind;
  payload: string;
  sentAt: string;
}

/** One part of a signal on the cluster bus (a NOTIFY payload is limited, an SDP offer may not fit). */
export interface ConsultationSignalPart extends ClusterEventPayload {
  bookingId: string;
  from: string;
  kind: ConsultationSignalKind;
  id: string;
  part: number;
  parts: number;
  text: string;
  sentAt: string;
}

/** Each room has its own bus channel: a process listens only to the rooms its sockets are in. */
export function roomChannel(bookingId: string): string {
  // A talk-now call's room (`now-<id>`) has a channel of its own kind.
  const kind = bookingId.startsWith('now-') ? 'call' : 'room';
  return `consultations.${kind}.${bookingId
    .toLowerCase()
    .replace(/^now-/, '')
    .replace(/[^0-9a-f]/g, '')}`;
}

/** Characters per part: even at 6 bytes per character (escaped control characters) a part stays below the bus's limit. */
export const PART_CHARACTERS = 1000;

export function partsOf(signal: ConsultationSignal): ConsultationSignalPart[] {
  const id = randomUUID();
  const pieces: string[] = [];
  for (let offset = 0; offset < signal.payload.length;) {
    let end = Math.min(offset + PART_CHARACTERS, signal.payload.length);
    // Never between the two halves of a surrogate pair (each part stays well-formed text).
    if (end < signal.payload.length && /[\uD800-\uDBFF]/.test(signal.payload[end - 1])) end -= 1;
    pieces.push(signal.payload.slice(offset, end));
    offset = end;
  }
  if (pieces.length === 0) pieces.push('');
  return pieces.map((text, part) => ({
    bookingId: signal.bookingId,
    from: signal.from,
    kind: signal.kind,
    id,
    part,
    parts: pieces.length,
    text,
    sentAt: signal.sentAt,
  }));
}

export function isSignalPart(payload: ClusterEventPayload): payload is ConsultationSignalPart {
  return (
    typeof payload.bookingId === 'string' &&
    typeof payload.from === 'string' &&
    typeof payload.kind === 'string' &&
    Object.values(ConsultationSignalKind).includes(payload.kind as ConsultationSignalKind) &&
    typeof payload.id === 'string' &&
    Number.isInteger(payload.part) &&
    Number.isInteger(payload.parts) &&
    (payload.parts as number) > 0 &&
    (payload.parts as number) <= 64 &&
    (payload.part as number) >= 0 &&
    (payload.part as number) < (payload.parts as number) &&
    typeof payload.text === 'string' &&
    typeof payload.sentAt === 'string'
  );
}

/** Signals still being put together at most; beyond that the oldest are dropped (a sender that never finishes). */
const MAX_INCOMPLETE = 16;

/**
 * Puts the parts of each signal back together (in any order) and hands on whole signals and resyncs.
 * `return` reaches the source at once (the subscriber's queue ends even while it waits for an event).
 */
export class AssembledSignals implements AsyncIterableIterator<LiveEvent<ConsultationSignal>> {
  private readonly incomplete = new Map<string, (string | undefined)[]>();

  constructor(private readonly source: AsyncIterableIterator<LiveEvent<ConsultationSignalPart>>) {}

  async next(): Promise<IteratorResult<LiveEvent<ConsultationSignal>>> {
    for (;;) {
      const result = await this.source.next();
      if (result.done) return { value: undefined, done: true };
      const event = result.value;
      if (isResync(event)) {
        this.incomplete.clear();
        return { value: event, done: false };
      }
      const whole = this.add(event);
      if (whole) return { value: whole, done: false };
    }
  }

  async return(): Promise<IteratorResult<LiveEvent<ConsultationSignal>>> {
    this.incomplete.clear();
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<LiveEvent<ConsultationSignal>>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveEvent<ConsultationSignal>> {
    return this;
  }

  private add(part: ConsultationSignalPart): ConsultationSignal | null {
    let pieces = this.incomplete.get(part.id);
    if (!pieces) {
      if (part.parts === 1) return this.whole(part, part.text);
      if (this.incomplete.size >= MAX_INCOMPLETE) this.incomplete.delete(this.incomplete.keys().next().value!);
      pieces = new Array<string | undefined>(part.parts).fill(undefined);
      this.incomplete.set(part.id, pieces);
    }
    if (pieces.length !== part.parts) return null;
    pieces[part.part] = part.text;
    if (pieces.some((piece) => piece === undefined)) return null;
    this.incomplete.delete(part.id);
    return this.whole(part, pieces.join(''));
  }

  private whole(part: ConsultationSignalPart, payload: string): ConsultationSignal {
    return { bookingId: part.bookingId, from: part.from, kind: part.kind, payload, sentAt: part.sentAt };
  }
}

import type { JSONWebKeySet } from 'jose';
import type { CheckInEntry } from './operations';

/** What the door keeps for working offline: the confirmed registrants (card ids, no names) and the issuer's keys and status lists. */
export interface DoorMaterial {
  entries: CheckInEntry[];
  fetchedAt: string;
  jwks?: JSONWebKeySet;
  statusList?: string;
  issuer?: string;
  tokenStatusList?: string;
}

/** A check-in made offline, sent when the network returns. */
export interface QueuedCheckIn {
  registrationId: string;
  checkedInAt: string;
}

const materialKey = (eventId: string) => `bo-event-door:${eventId}`;
const queueKey = (eventId: string) => `bo-event-door-queue:${eventId}`;

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export const doorStore = {
  material: (eventId: string) => read<DoorMaterial>(materialKey(eventId)),
  saveMaterial: (eventId: string, material: DoorMaterial) => localStorage.setItem(materialKey(eventId), JSON.stringify(material)),
  queue: (eventId: string) => read<QueuedCheckIn[]>(queueKey(eventId)) ?? [],
  saveQueue: (eventId: string, queue: QueuedCheckIn[]) =>
    queue.length ? localStorage.setItem(queueKey(eventId), JSON.stringify(queue)) : localStorage.removeItem(queueKey(eventId)),
};

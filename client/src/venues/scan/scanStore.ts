import type { JSONWebKeySet } from 'jose';
import type { Offer } from '../../api/venueOperations';

/** What the scan page needs to verify without network: issuer keys, the signed status list, the offers. */
export interface TrustMaterial {
  jwks: JSONWebKeySet;
  statusList: string;
  fetchedAt: string;
  offers: Offer[];
}

/** A verification made offline, sent to the server when the network returns. */
export interface PendingVerification {
  verificationId: string;
  code: string;
  offerId: string | null;
  verifiedAt: string;
}

const DATABASE = 'bo-venue-scan';
const STATE = 'state';
const PENDING = 'pending';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STATE);
      request.result.createObjectStore(PENDING, { keyPath: 'verificationId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(name: string, mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(database.transaction(name, mode).objectStore(name));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    database.close();
  }
}

export const scanStore = {
  trust: () => run<TrustMaterial | undefined>(STATE, 'readonly', (store) => store.get('trust') as IDBRequest<TrustMaterial | undefined>),
  saveTrust: (material: TrustMaterial) => run(STATE, 'readwrite', (store) => store.put(material, 'trust')),
  pending: () => run<PendingVerification[]>(PENDING, 'readonly', (store) => store.getAll() as IDBRequest<PendingVerification[]>),
  addPending: (entry: PendingVerification) => run(PENDING, 'readwrite', (store) => store.put(entry)),
  removePending: (ids: string[]) => Promise.all(ids.map((id) => run(PENDING, 'readwrite', (store) => store.delete(id)))),
};

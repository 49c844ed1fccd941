import type { CitizenCard } from '../api/cardOperations';

/**
 * This device's card: the non-extractable signing key made by WebCrypto and the credential bound
 * to it, kept in IndexedDB so the live QR works offline and after a reload. The private key can
 * sign here but can never be read out, not even by this app.
 */
export interface DeviceCard {
  cardId: string;
  credentialId: string;
  credential: string;
  keyPair: CryptoKeyPair;
  card: Pick<CitizenCard, 'number' | 'holderName' | 'categories' | 'district' | 'validUntil'>;
  storedAt: string;
}

const DATABASE = 'bo-citizen-card';
const STORE = 'device-cards';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'cardId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(database.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    database.close();
  }
}

export const deviceCardStore = {
  all: () => run<DeviceCard[]>('readonly', (store) => store.getAll() as IDBRequest<DeviceCard[]>),
  get: (cardId: string) => run<DeviceCard | undefined>('readonly', (store) => store.get(cardId) as IDBRequest<DeviceCard | undefined>),
  put: (card: DeviceCard) => run('readwrite', (store) => store.put(card)),
  remove: (cardId: string) => run('readwrite', (store) => store.delete(cardId)),
};

/** A new ECDSA P-256 key pair whose private half cannot be exported. */
export async function createDeviceKeyPair(): Promise<{ keyPair: CryptoKeyPair; publicJwk: { kty: string; crv: string; x: string; y: string } }> {
  const keyPair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
  return { keyPair, publicJwk: { kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! } };
}

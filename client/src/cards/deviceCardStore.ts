import type { CitizenCard } from './operations';
import { indexedDbDatabase } from '../offline/indexedDb';

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

const run = indexedDbDatabase(DATABASE, { [STORE]: { keyPath: 'cardId' } });

export const deviceCardStore = {
  all: () => run<DeviceCard[]>(STORE, 'readonly', (store) => store.getAll() as IDBRequest<DeviceCard[]>),
  get: (cardId: string) =>
    run<DeviceCard | undefined>(STORE, 'readonly', (store) => store.get(cardId) as IDBRequest<DeviceCard | undefined>),
  put: (card: DeviceCard) => run(STORE, 'readwrite', (store) => store.put(card)),
  remove: (cardId: string) => run(STORE, 'readwrite', (store) => store.delete(cardId)),
};

/** A new ECDSA P-256 key pair whose private half cannot be exported. */
export async function createDeviceKeyPair(): Promise<{
  keyPair: CryptoKeyPair;
  publicJwk: { kty: string; crv: string; x: string; y: string };
}> {
  const keyPair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
  return { keyPair, publicJwk: { kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! } };
}

import { indexedDbDatabase } from '../offline/indexedDb';

/**
 * The device's signing keys: non-extractable WebCrypto keys in IndexedDB, keyed by the serial
 * number of the certificate they belong to. The browser keeps them; no one can read them out.
 */
const DATABASE = 'bochum-signing-keys';
const STORE = 'keys';

interface StoredKey {
  serial: string;
  key: CryptoKey;
  storedAt: string;
}

const run = indexedDbDatabase(DATABASE, { [STORE]: { keyPath: 'serial' } });

export async function saveSigningKey(serial: string, key: CryptoKey): Promise<void> {
  if (key.extractable) throw new Error('only non-extractable keys are kept');
  await run(STORE, 'readwrite', (store) =>
    store.put({ serial: serial.toLowerCase(), key, storedAt: new Date().toISOString() } satisfies StoredKey),
  );
}

export async function signingKeyFor(serial: string): Promise<CryptoKey | null> {
  const stored = (await run(STORE, 'readonly', (store) => store.get(serial.toLowerCase()))) as StoredKey | undefined;
  return stored?.key ?? null;
}

export async function storedSerials(): Promise<string[]> {
  return (await run(STORE, 'readonly', (store) => store.getAllKeys())).map(String);
}

export async function forgetSigningKey(serial: string): Promise<void> {
  await run(STORE, 'readwrite', (store) => store.delete(serial.toLowerCase()));
}

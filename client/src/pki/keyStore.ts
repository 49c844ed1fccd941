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

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'serial' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

export async function saveSigningKey(serial: string, key: CryptoKey): Promise<void> {
  if (key.extractable) throw new Error('only non-extractable keys are kept');
  await run('readwrite', (store) => store.put({ serial: serial.toLowerCase(), key, storedAt: new Date().toISOString() } satisfies StoredKey));
}

export async function signingKeyFor(serial: string): Promise<CryptoKey | null> {
  const stored = (await run('readonly', (store) => store.get(serial.toLowerCase()))) as StoredKey | undefined;
  return stored?.key ?? null;
}

export async function storedSerials(): Promise<string[]> {
  return (await run('readonly', (store) => store.getAllKeys())).map(String);
}

export async function forgetSigningKey(serial: string): Promise<void> {
  await run('readwrite', (store) => store.delete(serial.toLowerCase()));
}

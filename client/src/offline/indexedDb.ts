/**
 * One IndexedDB database of this app and its object stores (created on first open). `run` opens
 * it, makes one request in a transaction, waits until the transaction is complete (a write is then
 * durable), and closes it again.
 */
export function indexedDbDatabase(name: string, stores: Record<string, IDBObjectStoreParameters | undefined>) {
  function open(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        for (const [store, parameters] of Object.entries(stores)) request.result.createObjectStore(store, parameters);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  return async function run<T>(
    store: string,
    mode: IDBTransactionMode,
    action: (objectStore: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const database = await open();
    try {
      return await new Promise<T>((resolve, reject) => {
        const transaction = database.transaction(store, mode);
        const request = action(transaction.objectStore(store));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      });
    } finally {
      database.close();
    }
  };
}

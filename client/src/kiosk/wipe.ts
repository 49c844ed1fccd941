import { apolloClient } from '../api/apolloClient';
import { signOut } from '../auth/sessionStore';
import { LOGOUT } from '../identity/operations';
import { clearKioskDraft } from './draft';
import { freshStartAddress } from './terminal';

const LOGOUT_WAIT_MS = 5_000;

/** Ends the session on the server and has the refresh cookie cleared (whether anyone signed in or not). */
async function endSessionOnServer(): Promise<void> {
  const logout = apolloClient.mutate({ mutation: LOGOUT }).catch(() => undefined);
  await Promise.race([logout, new Promise((resolve) => setTimeout(resolve, LOGOUT_WAIT_MS))]);
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Clears every store of this origin the page can reach: cookies it can see, Web Storage, IndexedDB, Cache Storage, service workers. */
export async function clearBrowserStores(): Promise<void> {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  try {
    window.localStorage.clear();
    window.sessionStorage.clear();
  } catch {
    // storage can be blocked; then there is nothing in it either
  }
  if ('indexedDB' in window && typeof indexedDB.databases === 'function') {
    const databases = await indexedDB.databases().catch(() => []);
    await Promise.all(databases.flatMap((database) => (database.name ? [deleteDatabase(database.name)] : [])));
  }
  if ('caches' in window) {
    const keys = await caches.keys().catch(() => []);
    await Promise.all(keys.map((key) => caches.delete(key)));
  }
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations().catch(() => []);
    await Promise.all(registrations.map((registration) => registration.unregister()));
  }
}

/**
 * Everything of the person goes: the session on the server (and with it the refresh cookie), the
 * Apollo cache, the draft, every browser store; then a fresh start page replaces this document, so
 * the page's memory goes too and the kiosk's in-memory history with it (the browser's own history
 * holds only the kiosk's one entry: the kiosk never pushes entries).
 */
export async function wipeEverything(): Promise<void> {
  await endSessionOnServer();
  signOut();
  clearKioskDraft();
  await apolloClient.clearStore().catch(() => undefined);
  await clearBrowserStores();
  window.location.replace(freshStartAddress());
}

/** On start: a terminal that crashed mid-session leaves nothing for the next person either. */
export async function clearLeftovers(): Promise<void> {
  await endSessionOnServer();
  await clearBrowserStores();
  signOut();
}

import { refreshSession } from '../api/refreshSession';
import { getAccessToken, signIn, signOut } from '../auth/sessionStore';
import { currentLanguage } from '../i18n/i18n';

async function fetchReceipt(path: string, retried = false): Promise<Blob> {
  const token = getAccessToken();
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { 'Accept-Language': currentLanguage(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (response.status === 401 && !retried) {
    // The access token lives only minutes; renew it once through the refresh cookie.
    const outcome = await refreshSession();
    if (outcome.kind === 'refreshed') {
      signIn(outcome.payload);
      return fetchReceipt(path, true);
    }
    if (outcome.kind === 'signedOut') signOut(true);
  }
  if (!response.ok) throw new Error(`receipt ${response.status}`);
  return response.blob();
}

/**
 * Opens a PDF receipt in a new tab. The API wants the access token, which a plain link cannot
 * send, so the file is fetched and shown from an object URL (saved when pop-ups are blocked).
 */
export async function openReceipt(path: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await fetchReceipt(path));
  if (!window.open(url, '_blank')) {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

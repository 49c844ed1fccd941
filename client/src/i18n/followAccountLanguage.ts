import { getSession, subscribeToSession } from '../auth/sessionStore';
import { isSupportedLanguage } from './catalogues';
import i18n, { changeLanguage, loadAllCatalogues } from './i18n';

let started = false;

/**
 * Once someone is signed in, the language of their account wins over the `lng` parameter, this
 * device's choice and the browser: it is the language of their e-mails, notifications and PDFs too.
 * The switcher saves a new choice to the account (LanguageSwitcher), so both stay the same.
 * Signing in also fetches the catalogues beyond the landing page's (loadAllCatalogues).
 */
export function followAccountLanguage(): void {
  if (started) return;
  started = true;
  let lastApplied: string | undefined;
  subscribeToSession(() => {
    const session = getSession();
    if (session.status !== 'signedIn') {
      lastApplied = undefined;
      return;
    }
    // The navigation of someone signed in names every domain: all texts, not only the landing page's.
    void loadAllCatalogues();
    const preferred = session.account.preferredLanguage;
    // Only when the preference itself changes (sign-in, another device …), not on every session update.
    if (preferred === lastApplied) return;
    lastApplied = preferred;
    if (isSupportedLanguage(preferred) && preferred !== i18n.language) void changeLanguage(preferred).catch(() => undefined);
  });
}

import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSession, updateAccount } from '../auth/sessionStore';
import { UPDATE_MY_PREFERENCES } from '../identity/operations';
import { loadCatalogues } from '../i18n/catalogues';
import { changeLanguage, currentLanguage } from '../i18n/i18n';
import { languageOptions } from '../i18n/languageNames';

/**
 * Switches the UI language; each option is written in its own language. When someone is signed
 * in, the choice is also saved as their account's preference, so e-mails, notifications and PDFs
 * follow it.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const [updatePreferences] = useMutation(UPDATE_MY_PREFERENCES);
  const [notSaved, setNotSaved] = useState(false);

  async function choose(language: string) {
    setNotSaved(false);
    void loadCatalogues(language).catch(() => undefined); // fetched while the preference is saved
    const session = getSession();
    if (session.status === 'signedIn' && session.account.preferredLanguage !== language) {
      // Saved before the switch: the switch makes the queries on screen ask again (e.g. for the
      // account), and their answers must already have the new preference.
      try {
        const result = await updatePreferences({ variables: { input: { preferredLanguage: language } } });
        if (result.data) updateAccount(result.data.updateMyPreferences);
      } catch {
        setNotSaved(true);
      }
    }
    await changeLanguage(language).catch(() => undefined);
  }

  return (
    <div className="language-switcher">
      <span className="kern-icon kern-icon--language" aria-hidden="true" />
      <label className="kern-label kern-label--small kern-sr-only-mobile" htmlFor={id}>
        {t('languageSwitcher.label')}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className="kern-form-input__select"
          data-testid="language-switcher"
          value={currentLanguage()}
          onChange={(event) => void choose(event.target.value)}
        >
          {languageOptions().map((option) => (
            <option key={option.value} value={option.value} lang={option.lang} dir={option.dir}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {notSaved && (
        <p className="kern-body kern-body--small language-switcher__error" role="alert" data-testid="language-not-saved">
          {t('languageSwitcher.notSaved')}
        </p>
      )}
    </div>
  );
}

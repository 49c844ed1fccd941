import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { languageOptions } from '../i18n/languageNames';

/** Switches the UI language; each option is written in its own language. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();

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
          value={i18n.resolvedLanguage}
          onChange={(event) => void changeLanguage(event.target.value)}
        >
          {languageOptions().map((option) => (
            <option key={option.value} value={option.value} lang={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

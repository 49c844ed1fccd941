import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { languageOptions } from '../i18n/languageNames';
import { showLanguageWithoutSaving } from '../i18n/i18n';
import { usePageTitle } from '../i18n/usePageTitle';

/** The start screen: the language first, each named in itself, as large buttons (nothing is remembered). */
export function KioskLanguagePage() {
  const { t } = useTranslation('kiosk');
  const navigate = useNavigate();
  usePageTitle(t('language.title'));

  async function choose(language: string) {
    await showLanguageWithoutSaving(language);
    void navigate('/kiosk/menu', { replace: true });
  }

  return (
    <div className="stack" data-testid="kiosk-language-page">
      <h1 className="kern-heading-large">{t('language.title')}</h1>
      <p className="kern-body">{t('language.intro')}</p>
      <ul className="kiosk-tiles" role="list">
        {languageOptions().map((option) => (
          <li key={option.value}>
            <button
              type="button"
              className="kern-btn kern-btn--secondary kiosk-tile"
              lang={option.lang}
              dir={option.dir}
              onClick={() => void choose(option.value)}
              data-testid={`kiosk-language-${option.value}`}
            >
              <span className="kern-label">{option.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

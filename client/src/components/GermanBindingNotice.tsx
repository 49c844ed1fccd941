import { useTranslation } from 'react-i18next';
import { AUTHORITATIVE_LANGUAGE } from '../../../packages/shared/src/index.js';

/**
 * Where it matters (decisions, fees, legal declarations): a short notice, in the reader's
 * language, that only the German text is binding. Not shown to people reading German.
 */
export function GermanBindingNotice() {
  const { t, i18n } = useTranslation();
  if (i18n.language === AUTHORITATIVE_LANGUAGE) return null;
  return (
    <aside
      className="german-binding-notice kern-body kern-body--small"
      data-testid="german-binding-notice"
      aria-label={t('germanBinding.title')}
    >
      <span className="kern-icon kern-icon--info" aria-hidden="true" />
      <span>
        <strong>{t('germanBinding.title')}.</strong> {t('germanBinding.text')}
      </span>
    </aside>
  );
}

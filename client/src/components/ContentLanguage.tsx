import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageDirection } from '../../../packages/shared/src/index.js';
import { currentLanguage } from '../i18n/i18n';
import { languageNameIn } from '../i18n/languageNames';

/**
 * Content written by staff (offer titles, later news and events), in the language it is in. When
 * that is not the reader's language (there is no translation yet and the German original is shown),
 * it says so visibly with a small badge, and `lang`/`dir` let screen readers and fonts treat the text
 * right; never a silent fallback.
 */
export function ContentText({ text, language, as: Tag = 'span' }: { text: ReactNode; language: string; as?: 'span' | 'div' | 'p' }) {
  const { t } = useTranslation();
  const reader = currentLanguage();
  if (language === reader) return <Tag>{text}</Tag>;
  const name = languageNameIn(language, reader);
  return (
    <Tag className="content-fallback" data-testid="content-fallback" data-language={language}>
      <span lang={language} dir={languageDirection(language)}>
        {text}
      </span>{' '}
      <span className="kern-badge kern-badge--info content-language-badge" title={t('contentLanguage.fallback', { language: name })}>
        <span className="kern-label" aria-hidden="true">
          {name}
        </span>
        <span className="visually-hidden">{t('contentLanguage.fallback', { language: name })}</span>
      </span>
    </Tag>
  );
}

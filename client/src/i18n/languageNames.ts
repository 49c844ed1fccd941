import i18n from './i18n';
import { SUPPORTED_LANGUAGES } from './catalogues';

/** Each supported language with its name written in that language ("Deutsch", "English"). */
export function languageOptions(): Array<{ value: string; label: string }> {
  return SUPPORTED_LANGUAGES.map((language) => ({
    value: language,
    label: i18n.getFixedT(language, 'common')('meta.nativeName'),
  }));
}

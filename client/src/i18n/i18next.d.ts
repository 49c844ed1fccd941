import 'i18next';
import type common from '../../../locales/de/common.json';

// Type-checks every t('…') key against the German catalogue (the reference language).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common };
  }
}

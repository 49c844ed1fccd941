import 'i18next';
import type common from '../../../locales/de/common.json';
import type inbox from '../../../locales/de/inbox.json';

// Type-checks every t('…') key against the German catalogue (the reference language).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; inbox: typeof inbox };
  }
}

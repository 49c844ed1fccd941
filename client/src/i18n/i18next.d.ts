import 'i18next';
import type common from '../../../locales/de/common.json';
import type cards from '../../../locales/de/cards.json';
import type inbox from '../../../locales/de/inbox.json';
import type residency from '../../../locales/de/residency.json';
import type backoffice from '../../../locales/de/backoffice.json';
import type payments from '../../../locales/de/payments.json';
import type venues from '../../../locales/de/venues.json';

// Type-checks every t('…') key against the German catalogue (the reference language).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; inbox: typeof inbox; cards: typeof cards; payments: typeof payments; residency: typeof residency; backoffice: typeof backoffice; venues: typeof venues };
  }
}

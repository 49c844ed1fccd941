import 'i18next';
import type common from '../../../locales/de/common.json';
import type cards from '../../../locales/de/cards.json';
import type inbox from '../../../locales/de/inbox.json';
import type residency from '../../../locales/de/residency.json';
import type backoffice from '../../../locales/de/backoffice.json';
import type payments from '../../../locales/de/payments.json';
import type venues from '../../../locales/de/venues.json';
import type identityVerification from '../../../locales/de/identityVerification.json';
import type companies from '../../../locales/de/companies.json';
import type tradeRegistration from '../../../locales/de/tradeRegistration.json';
import type businessAddress from '../../../locales/de/businessAddress.json';
import type banking from '../../../locales/de/banking.json';
import type pki from '../../../locales/de/pki.json';
import type messaging from '../../../locales/de/messaging.json';

// Type-checks every t('…') key against the German catalogue (the reference language).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; inbox: typeof inbox; cards: typeof cards; payments: typeof payments; residency: typeof residency; backoffice: typeof backoffice; venues: typeof venues;
      identityVerification: typeof identityVerification;
      companies: typeof companies;
      tradeRegistration: typeof tradeRegistration;
      businessAddress: typeof businessAddress;
      banking: typeof banking;
      pki: typeof pki;
      messaging: typeof messaging;
    };
  }
}

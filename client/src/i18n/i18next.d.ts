import 'i18next';
import type common from '../../../locales/de/common.json';
import type cards from '../../../locales/de/cards.json';
import type notifications from '../../../locales/de/notifications.json';
import type residency from '../../../locales/de/residency.json';
import type backoffice from '../../../locales/de/backoffice.json';
import type payments from '../../../locales/de/payments.json';
import type venues from '../../../locales/de/venues.json';
import type identityVerification from '../../../locales/de/identity-verification.json';
import type companies from '../../../locales/de/companies.json';
import type tradeRegistration from '../../../locales/de/trade-registration.json';
import type businessAddress from '../../../locales/de/business-address.json';
import type banking from '../../../locales/de/banking.json';
import type pki from '../../../locales/de/pki.json';
import type secureMessaging from '../../../locales/de/secure-messaging.json';
import type participation from '../../../locales/de/participation.json';
import type appointments from '../../../locales/de/appointments.json';
import type addresses from '../../../locales/de/addresses.json';
import type legal from '../../../locales/de/legal.json';
import type kiosk from '../../../locales/de/kiosk.json';
import type consultations from '../../../locales/de/consultations.json';
import type privacy from '../../../locales/de/privacy.json';

// Type-checks every t('…') key against the German catalogue (the reference language).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      notifications: typeof notifications;
      cards: typeof cards;
      payments: typeof payments;
      residency: typeof residency;
      backoffice: typeof backoffice;
      venues: typeof venues;
      'identity-verification': typeof identityVerification;
      companies: typeof companies;
      'trade-registration': typeof tradeRegistration;
      'business-address': typeof businessAddress;
      banking: typeof banking;
      pki: typeof pki;
      'secure-messaging': typeof secureMessaging;
      participation: typeof participation;
      appointments: typeof appointments;
      addresses: typeof addresses;
      legal: typeof legal;
      kiosk: typeof kiosk;
      consultations: typeof consultations;
      privacy: typeof privacy;
    };
  }
}

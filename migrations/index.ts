// Maintained by `npm run migration:generate`: every migration, oldest first.
import * as m0 from './1795266580334-Initial.js';
import * as m1 from './1795267679703-Notifications.js';
import * as m2 from './1795268597826-Payments.js';
import * as m3 from './1795269092983-ResidencyAddressesBackofficeCards.js';
import * as m4 from './1795270378149-Venues.js';
import * as m5 from './1795279369696-OnboardingTradeBankingPki.js';
import * as m6 from './1796571086615-OnePendingPaymentPerSubject.js';
import * as m7 from './1796600000000-VerifiedIdentityOwnership.js';
import * as m8 from './1796700000000-CardEntitlements.js';
import * as m9 from './1796800000000-LanguagesAtSendTimeOfferTranslations.js';
import * as m14idv from './1796900000000-InPersonIdentification.js';
import * as m14vat from './1796910000000-CompanyVatChecks.js';
import * as m14growth from './1796930000000-CompanyGrowth.js';
import * as m15role from './1797000000000-ParticipationRole.js';
import * as m15news from './1797010000000-ParticipationNews.js';
import * as m15events from './1797020000000-ParticipationEvents.js';
import * as m15surveys from './1797030000000-ParticipationSurveys.js';
import * as m20walletOffers from './1798010000000-CardCredentialOffers.js';
import * as m17venueOnboarding from './1798020000000-VenueOnboarding.js';
import * as m17roleAssurance from './1798030000000-RoleAssuranceRequirements.js';
import * as m17residentMail from './1798050000000-ResidentMail.js';
import * as m17legalFeedback from './1798050000001-LegalAccessibilityFeedback.js';

export const ALL_MIGRATIONS: Function[] = [m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m14idv, m14vat, m14growth, m15role, m15news, m15events, m15surveys, m20walletOffers, m17venueOnboarding, m17roleAssurance, m17residentMail, m17legalFeedback].flatMap((module) => Object.values(module) as Function[]);

// Maintained by `npm run migration:generate`: every migration, oldest first.
import * as m0 from './1795266580334-Initial.js';
import * as m1 from './1795267679703-Notifications.js';
import * as m2 from './1795268597826-Payments.js';
import * as m3 from './1795269092983-ResidencyAddressesBackofficeCards.js';
import * as m4 from './1795270378149-Venues.js';
import * as m5 from './1795279369696-OnboardingTradeBankingPki.js';

export const ALL_MIGRATIONS: Function[] = [m0, m1, m2, m3, m4, m5].flatMap((module) => Object.values(module) as Function[]);

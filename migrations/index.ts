// Maintained by `npm run migration:generate`: every migration, oldest first.
import * as m0 from './1795266580334-Initial.js';
import * as m1 from './1795267679703-Notifications.js';

export const ALL_MIGRATIONS: Function[] = [m0, m1].flatMap((module) => Object.values(module) as Function[]);

// Maintained by `npm run migration:generate`: every migration, oldest first.
import * as m0 from './1795266580334-Initial.js';

export const ALL_MIGRATIONS: Function[] = [m0].flatMap((module) => Object.values(module) as Function[]);

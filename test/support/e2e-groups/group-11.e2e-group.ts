// One of the groups CI runs the e2e files in (jest.ci.config.js, test/support/e2e-group.ts).
import { runE2eGroup } from '../e2e-group.js';

await runE2eGroup(import.meta.url);

// One of the groups CI runs the browser journeys in (test/browser/jest.ci.config.js, test/support/browser-group.ts).
import { runBrowserGroup } from '../browser-group.js';

await runBrowserGroup(import.meta.url);
